/**
 * One desktop `message_elem_array` entry ↔ one model element. Key names follow the desktop
 * SDK's TIMCloudDef.h (`text_elem_content`, `image_elem_orig_url` …).
 */
import type { GroupProfileChange, ImageInfo, MessageElement } from '../model/elements.js';
import { IMAGE_SIZE } from '../model/elements.js';
import { imageFormatCode, imageFormatName } from '../model/image-format.js';
import {
  DESKTOP_BOOL_CHANGE_FLAGS,
  DESKTOP_CHANGE_FLAGS,
  DESKTOP_CHANGE_FLAG_CUSTOM,
  DESKTOP_ELEM_TYPE,
  DESKTOP_INT_CHANGE_FLAGS,
  DESKTOP_OTHER_ELEM_NAMES,
  DESKTOP_REPORT_USER_DEFINED,
  WEB_NOTICE_CUSTOM,
} from './desktop-codes.js';
import { bigIntTextsToNumbers } from './big-int-json.js';
import type { DesktopReader } from './desktop-reader.js';
import { ownValue } from '../util/own-value.js';
import { isRecord, toPlainData, type PlainRecord } from './plain-data.js';
import { describeValue } from './repair.js';

/** Marks a custom elem that carries an `unsupported` element of another origin (see elemToDesktop). */
const UNSUPPORTED_EXTENSION_PREFIX = 'tim-elements:unsupported:';

const IMAGE_SIZE_KEYS = [
  { type: IMAGE_SIZE.original, prefix: 'image_elem_orig' },
  { type: IMAGE_SIZE.thumbnail, prefix: 'image_elem_thumb' },
  { type: IMAGE_SIZE.large, prefix: 'image_elem_large' },
] as const;

/**
 * The element an elem describes, in the flattened shape the normalizer reads; null when a
 * field is wrong (the reader has recorded the error).
 */
export function elemFromDesktop(read: DesktopReader): PlainRecord | null {
  const before = read.sink.errors.length;
  if (!read.require('elem_type')) return null;
  const elemType = read.int('elem_type');
  if (elemType === undefined) return null;
  const element = readElem(read, elemType);
  return read.sink.errors.length === before ? element : null;
}

function readElem(read: DesktopReader, elemType: number): PlainRecord {
  switch (elemType) {
    case DESKTOP_ELEM_TYPE.text:
      read.require('text_elem_content');
      return { type: 'TIMTextElem', text: read.str('text_elem_content') ?? '' };
    case DESKTOP_ELEM_TYPE.face:
      read.require('face_elem_index');
      return { type: 'TIMFaceElem', index: read.int('face_elem_index') ?? 0, data: read.str('face_elem_buf') ?? '' };
    case DESKTOP_ELEM_TYPE.image:
      return {
        type: 'TIMImageElem',
        uuid: read.str('image_elem_orig_id') ?? '',
        imageFormat: imageFormatName(read.int('image_elem_format') ?? 255),
        imageInfoArray: readImageSizes(read),
      };
    case DESKTOP_ELEM_TYPE.sound:
      return {
        type: 'TIMSoundElem',
        uuid: read.str('sound_elem_file_id') ?? '',
        url: read.url('sound_elem_url') ?? '',
        second: read.uint('sound_elem_file_time') ?? 0,
        size: read.uint('sound_elem_file_size') ?? 0,
      };
    case DESKTOP_ELEM_TYPE.video:
      return {
        type: 'TIMVideoFileElem',
        uuid: read.str('video_elem_video_id') ?? '',
        videoUrl: read.url('video_elem_video_url') ?? '',
        videoSecond: read.uint('video_elem_video_duration') ?? 0,
        videoSize: read.uint('video_elem_video_size') ?? 0,
        videoFormat: read.str('video_elem_video_type') ?? '',
        thumbUrl: read.url('video_elem_image_url') ?? '',
        thumbWidth: read.uint('video_elem_image_width') ?? 0,
        thumbHeight: read.uint('video_elem_image_height') ?? 0,
      };
    case DESKTOP_ELEM_TYPE.file:
      return {
        type: 'TIMFileElem',
        uuid: read.str('file_elem_file_id') ?? '',
        fileName: read.str('file_elem_file_name') ?? '',
        fileSize: read.uint('file_elem_file_size') ?? 0,
        fileUrl: read.url('file_elem_url') ?? '',
      };
    case DESKTOP_ELEM_TYPE.location:
      read.require('location_elem_longitude');
      read.require('location_elem_latitude');
      return {
        type: 'TIMLocationElem',
        description: read.str('location_elem_desc') ?? '',
        longitude: read.num('location_elem_longitude', -180, 180) ?? 0,
        latitude: read.num('location_elem_latitude', -90, 90) ?? 0,
      };
    case DESKTOP_ELEM_TYPE.custom:
      return {
        type: 'TIMCustomElem',
        data: read.str('custom_elem_data') ?? '',
        description: read.str('custom_elem_desc') ?? '',
        extension: read.str('custom_elem_ext') ?? '',
      };
    case DESKTOP_ELEM_TYPE.groupTips:
      return readGroupTips(read);
    case DESKTOP_ELEM_TYPE.groupReport: {
      const reportType = read.uint('group_report_elem_report_type') ?? 0;
      return {
        type: 'TIMGroupSystemNoticeElem',
        operationType: reportType === DESKTOP_REPORT_USER_DEFINED ? WEB_NOTICE_CUSTOM : reportType,
        operatorID: read.str('group_report_elem_op_user') ?? '',
        groupID: read.str('group_report_elem_group_id') ?? '',
        groupName: read.str('group_report_elem_group_name') ?? '',
        handleMessage: read.str('group_report_elem_msg') ?? '',
        userDefinedField: read.str('group_report_elem_user_data') ?? '',
      };
    }
    default: {
      const name = ownValue(DESKTOP_OTHER_ELEM_NAMES, elemType) ?? `elem_type ${elemType}`;
      read.warn('elem_type', `${elemType} (${name}) is not supported; kept whole as an unsupported element`);
      const title = read.source.merge_elem_title;
      // Apps reading the raw get plain numbers; the exact digits of huge integers are kept by the memo.
      return {
        type: 'unsupported',
        originalType: name,
        summary: typeof title === 'string' ? title : '',
        raw: bigIntTextsToNumbers(read.source),
      };
    }
  }
}

function readImageSizes(read: DesktopReader): ImageInfo[] {
  const sizes: ImageInfo[] = [];
  for (const { type, prefix } of IMAGE_SIZE_KEYS) {
    const keys = [`${prefix}_pic_width`, `${prefix}_pic_height`, `${prefix}_pic_size`, `${prefix}_url`];
    if (keys.every((key) => read.raw(key) === undefined)) continue;
    sizes.push({
      type,
      width: read.uint(keys[0] as string) ?? 0,
      height: read.uint(keys[1] as string) ?? 0,
      size: read.uint(keys[2] as string) ?? 0,
      url: read.url(keys[3] as string) ?? '',
    });
  }
  return sizes;
}

function readGroupTips(read: DesktopReader): PlainRecord {
  const changes: GroupProfileChange[] = [];
  (read.arr('group_tips_elem_group_change_info_array') ?? []).forEach((entry, index) => {
    const key = `group_tips_elem_group_change_info_array[${index}]`;
    if (!isRecord(entry)) return read.error(key, `expected an object, got ${describeValue(entry)}`);
    const change = readProfileChange(read.child(key, entry));
    if (change) changes.push(change);
  });
  const mutes: { userID: string; muteTime: number }[] = [];
  (read.arr('group_tips_elem_member_change_info_array') ?? []).forEach((entry, index) => {
    const key = `group_tips_elem_member_change_info_array[${index}]`;
    if (!isRecord(entry)) return read.error(key, `expected an object, got ${describeValue(entry)}`);
    const member = read.child(key, entry);
    mutes.push({
      userID: member.str('group_tips_member_change_info_identifier') ?? '',
      muteTime: member.uint('group_tips_member_change_info_shutupTime') ?? 0,
    });
  });
  const memberNum = read.uint('group_tips_elem_member_num');
  return {
    type: 'TIMGroupTipElem',
    operationType: read.uint('group_tips_elem_tip_type') ?? 0,
    operatorID: read.str('group_tips_elem_op_user') ?? '',
    userIDList: read.strArray('group_tips_elem_user_array') ?? [],
    groupID: read.str('group_tips_elem_group_id') ?? '',
    groupProfileChanges: changes,
    memberMuteChanges: mutes,
    ...(memberNum !== undefined ? { memberNum } : {}),
  };
}

function readProfileChange(read: DesktopReader): GroupProfileChange | null {
  const flag = read.uint('group_tips_group_change_info_flag') ?? 0;
  const text = read.str('group_tips_group_change_info_value') ?? '';
  if (DESKTOP_BOOL_CHANGE_FLAGS.includes(flag)) {
    return { key: keyOfFlag(flag), value: read.bool('group_tips_group_change_info_bool_value') ?? false };
  }
  if (DESKTOP_INT_CHANGE_FLAGS.includes(flag)) {
    return { key: keyOfFlag(flag), value: read.int('group_tips_group_change_info_int_value') ?? 0 };
  }
  if (flag === DESKTOP_CHANGE_FLAG_CUSTOM) {
    return { key: `custom:${read.str('group_tips_group_change_info_key') ?? ''}`, value: text };
  }
  if (flag === DESKTOP_CHANGE_FLAGS.avatar) return { key: 'avatar', value: read.url('group_tips_group_change_info_value') ?? '' };
  return { key: keyOfFlag(flag), value: text };
}

function keyOfFlag(flag: number): string {
  return Object.entries(DESKTOP_CHANGE_FLAGS).find(([, code]) => code === flag)?.[0] ?? `flag:${flag}`;
}

/** The desktop elem for a model element; every key the element maps to is written. */
export function elemToDesktop(element: MessageElement): PlainRecord {
  switch (element.type) {
    case 'TIMTextElem':
      return { elem_type: DESKTOP_ELEM_TYPE.text, text_elem_content: element.text };
    case 'TIMFaceElem':
      return { elem_type: DESKTOP_ELEM_TYPE.face, face_elem_index: element.index, face_elem_buf: element.data };
    case 'TIMImageElem': {
      const out: PlainRecord = {
        elem_type: DESKTOP_ELEM_TYPE.image,
        image_elem_format: imageFormatCode(element.imageFormat),
        image_elem_orig_id: element.uuid,
      };
      for (const info of element.imageInfoArray) {
        const prefix = IMAGE_SIZE_KEYS.find((entry) => entry.type === info.type)?.prefix;
        if (!prefix) continue;
        out[`${prefix}_pic_width`] = info.width;
        out[`${prefix}_pic_height`] = info.height;
        out[`${prefix}_pic_size`] = info.size;
        out[`${prefix}_url`] = info.url;
      }
      return out;
    }
    case 'TIMSoundElem':
      return {
        elem_type: DESKTOP_ELEM_TYPE.sound,
        sound_elem_file_id: element.uuid,
        sound_elem_url: element.url,
        sound_elem_file_time: element.second,
        sound_elem_file_size: element.size,
      };
    case 'TIMVideoFileElem':
      return {
        elem_type: DESKTOP_ELEM_TYPE.video,
        video_elem_video_id: element.uuid,
        video_elem_video_url: element.videoUrl,
        video_elem_video_duration: element.videoSecond,
        video_elem_video_size: element.videoSize,
        video_elem_video_type: element.videoFormat,
        video_elem_image_url: element.thumbUrl,
        video_elem_image_width: element.thumbWidth,
        video_elem_image_height: element.thumbHeight,
      };
    case 'TIMFileElem':
      return {
        elem_type: DESKTOP_ELEM_TYPE.file,
        file_elem_file_id: element.uuid,
        file_elem_file_name: element.fileName,
        file_elem_file_size: element.fileSize,
        file_elem_url: element.fileUrl,
      };
    case 'TIMLocationElem':
      return {
        elem_type: DESKTOP_ELEM_TYPE.location,
        location_elem_desc: element.description,
        location_elem_longitude: element.longitude,
        location_elem_latitude: element.latitude,
      };
    case 'TIMCustomElem':
      return {
        elem_type: DESKTOP_ELEM_TYPE.custom,
        custom_elem_data: element.data,
        custom_elem_desc: element.description,
        custom_elem_ext: element.extension,
      };
    case 'TIMGroupTipElem':
      return {
        elem_type: DESKTOP_ELEM_TYPE.groupTips,
        group_tips_elem_tip_type: element.operationType,
        group_tips_elem_op_user: element.operatorID,
        group_tips_elem_user_array: [...element.userIDList],
        group_tips_elem_group_id: element.groupID,
        group_tips_elem_group_change_info_array: element.groupProfileChanges.map(changeToDesktop),
        group_tips_elem_member_change_info_array: element.memberMuteChanges.map((change) => ({
          group_tips_member_change_info_identifier: change.userID,
          group_tips_member_change_info_shutupTime: change.muteTime,
        })),
        ...(element.memberNum !== undefined ? { group_tips_elem_member_num: element.memberNum } : {}),
      };
    case 'TIMGroupSystemNoticeElem':
      return {
        elem_type: DESKTOP_ELEM_TYPE.groupReport,
        group_report_elem_report_type: element.operationType === WEB_NOTICE_CUSTOM ? DESKTOP_REPORT_USER_DEFINED : element.operationType,
        group_report_elem_group_id: element.groupID,
        group_report_elem_group_name: element.groupName,
        group_report_elem_op_user: element.operatorID,
        group_report_elem_msg: element.handleMessage,
        group_report_elem_user_data: element.userDefinedField,
      };
    case 'TIMRelayElem':
      // The desktop merge elem (12) keeps its messages in its own JSON; until that mapping exists the
      // whole element travels in a custom elem, so nothing is lost on a round trip.
      return {
        elem_type: DESKTOP_ELEM_TYPE.custom,
        custom_elem_data: JSON.stringify(toPlainData(element) ?? null),
        custom_elem_desc: element.title || element.compatibleText,
        custom_elem_ext: UNSUPPORTED_EXTENSION_PREFIX + element.type,
      };
    case 'unsupported': {
      // An elem we imported from desktop JSON goes back as it came.
      if (isRecord(element.raw) && Number.isInteger(element.raw.elem_type)) return toPlainData(element.raw) as PlainRecord;
      // Anything else has no desktop form: carry it in a custom elem so nothing is lost.
      return {
        elem_type: DESKTOP_ELEM_TYPE.custom,
        custom_elem_data: JSON.stringify(toPlainData(element.raw) ?? null),
        custom_elem_desc: element.summary || element.originalType,
        custom_elem_ext: UNSUPPORTED_EXTENSION_PREFIX + element.originalType,
      };
    }
  }
}

function changeToDesktop(change: GroupProfileChange): PlainRecord {
  const flagKey = 'group_tips_group_change_info_flag';
  if (change.key.startsWith('custom:')) {
    return {
      [flagKey]: DESKTOP_CHANGE_FLAG_CUSTOM,
      group_tips_group_change_info_key: change.key.slice('custom:'.length),
      group_tips_group_change_info_value: String(change.value),
    };
  }
  const flag = ownValue(DESKTOP_CHANGE_FLAGS, change.key) ?? (change.key.startsWith('flag:') ? Number(change.key.slice(5)) || 0 : 0);
  if (DESKTOP_BOOL_CHANGE_FLAGS.includes(flag)) return { [flagKey]: flag, group_tips_group_change_info_bool_value: change.value === true };
  if (DESKTOP_INT_CHANGE_FLAGS.includes(flag))
    return { [flagKey]: flag, group_tips_group_change_info_int_value: Number(change.value) || 0 };
  return { [flagKey]: flag, group_tips_group_change_info_value: String(change.value) };
}
