/** The attachment rules live in the core, where the store checks every send with them too. */
export * from '../../core/model/attachment-rules.js';
