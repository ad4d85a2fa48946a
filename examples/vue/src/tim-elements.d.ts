// Types for the <tim-*> tags in templates (vue-tsc): properties, attributes and typed @events.
/// <reference types="tim-elements/vue" />
