/**
 * Desktop SDK JSON as TIMMsgGetMsgList / TIMConvGetConvList return it: every elem type with
 * all its keys, including the ones the model has no place for (paths, download flags, IDs
 * of each image size, operator profiles …). Values are made up; key names are the SDK's.
 */

export type Json = Record<string, unknown>;

const senderProfile = {
  user_profile_add_permission: 1,
  user_profile_birthday: 0,
  user_profile_custom_string_array: [],
  user_profile_face_url: 'https://cdn.example.com/avatars/98826.png',
  user_profile_gender: 0,
  user_profile_identifier: '98826',
  user_profile_language: 0,
  user_profile_level: 0,
  user_profile_location: '',
  user_profile_nick_name: 'Lin',
  user_profile_role: 0,
  user_profile_self_signature: '',
};

/** A received C2C message around one elem. */
export function c2cMessage(elem: Json, overrides: Json = {}): Json {
  return {
    message_client_time: 1620877708,
    message_conv_id: '98826',
    message_conv_type: 1,
    message_custom_int: 0,
    message_custom_str: '',
    message_elem_array: [elem],
    message_is_from_self: false,
    message_is_online_msg: false,
    message_is_peer_read: false,
    message_is_read: false,
    message_msg_id: '144115233874815003-1620877708-1038050731',
    message_platform: 0,
    message_priority: 1,
    message_rand: 1038050731,
    message_sender: '98826',
    message_sender_profile: senderProfile,
    message_seq: 15840,
    message_server_time: 1620877709,
    message_status: 2,
    message_unique_id: 6961616747713488,
    ...overrides,
  };
}

/** A group message around one elem, with the sender's group card. */
export function groupMessage(elem: Json, overrides: Json = {}): Json {
  return c2cMessage(elem, {
    message_conv_id: '@TGS#2ABCDEFGH',
    message_conv_type: 2,
    message_msg_id: '144115233874815003-1620877800-77',
    message_rand: 77,
    message_sender_group_member_info: { group_member_info_identifier: '98826', group_member_info_name_card: 'Lin (QA)' },
    message_group_at_user_array: ['alice', '__kImSDK_MesssageAtALL__'],
    message_cloud_custom_str: '{"messageReply":{"messageID":"m0","messageAbstract":"hi"}}',
    ...overrides,
  });
}

export const textElem: Json = { elem_type: 0, text_elem_content: 'Hello 你好 [微笑] 😀\nsecond line' };

export const imageElem: Json = {
  elem_type: 1,
  image_elem_orig_path: 'C:\\Users\\lin\\Pictures\\beach.png',
  image_elem_level: 1,
  image_elem_format: 3,
  image_elem_orig_id: '1400187352_98826_9f3a.png',
  image_elem_orig_pic_height: 3000,
  image_elem_orig_pic_width: 4000,
  image_elem_orig_pic_size: 2457600,
  image_elem_thumb_id: '1400187352_98826_9f3a_198.png',
  image_elem_thumb_pic_height: 198,
  image_elem_thumb_pic_width: 264,
  image_elem_thumb_pic_size: 20480,
  image_elem_large_id: '1400187352_98826_9f3a_720.png',
  image_elem_large_pic_height: 720,
  image_elem_large_pic_width: 960,
  image_elem_large_pic_size: 184320,
  image_elem_orig_url: 'https://cos.example.com/im/9f3a.png',
  image_elem_thumb_url: 'https://cos.example.com/im/9f3a.png?imageView2/3/w/198/h/198',
  image_elem_large_url: 'https://cos.example.com/im/9f3a.png?imageView2/3/w/720/h/720',
  image_elem_task_id: 0,
};

export const soundElem: Json = {
  elem_type: 2,
  sound_elem_file_path: '',
  sound_elem_file_size: 11264,
  sound_elem_file_time: 7,
  sound_elem_file_id: '1400187352_98826_snd_7a1',
  sound_elem_business_id: 0,
  sound_elem_download_flag: 2,
  sound_elem_url: 'https://cos.example.com/im/7a1.m4a',
  sound_elem_task_id: 0,
};

export const customElem: Json = {
  elem_type: 3,
  custom_elem_data: '{"businessID":"order","orderID":"A-1024","price":99.5}',
  custom_elem_desc: 'Order A-1024',
  custom_elem_ext: 'order',
  custom_elem_sound: '',
};

export const fileElem: Json = {
  elem_type: 4,
  file_elem_file_path: 'C:\\Users\\lin\\Documents\\report.pdf',
  file_elem_file_name: 'report.pdf',
  file_elem_file_size: 524288,
  file_elem_file_id: '1400187352_98826_file_c3',
  file_elem_business_id: 0,
  file_elem_download_flag: 2,
  file_elem_url: 'https://cos.example.com/im/report.pdf',
  file_elem_task_id: 0,
};

const operatorInfo = { user_profile_identifier: 'admin', user_profile_nick_name: 'Admin', user_profile_face_url: '' };
const operatorMember = { group_member_info_identifier: 'admin', group_member_info_name_card: 'Boss', group_member_info_member_role: 400 };

/** Group profile changed: name, mute-all and a custom field. */
export const groupTipsProfileElem: Json = {
  elem_type: 5,
  group_tips_elem_tip_type: 6,
  group_tips_elem_op_user: 'admin',
  group_tips_elem_group_name: 'Team',
  group_tips_elem_group_id: '@TGS#2ABCDEFGH',
  group_tips_elem_time: 0,
  group_tips_elem_user_array: [],
  group_tips_elem_group_change_info_array: [
    { group_tips_group_change_info_flag: 1, group_tips_group_change_info_value: 'Team 2024', group_tips_group_change_info_key: '' },
    {
      group_tips_group_change_info_flag: 8,
      group_tips_group_change_info_value: '',
      group_tips_group_change_info_key: '',
      group_tips_group_change_info_bool_value: true,
    },
    { group_tips_group_change_info_flag: 6, group_tips_group_change_info_value: 'gold', group_tips_group_change_info_key: 'level' },
  ],
  group_tips_elem_member_change_info_array: [],
  group_tips_elem_op_user_info: operatorInfo,
  group_tips_elem_op_group_memberinfo: operatorMember,
  group_tips_elem_changed_user_info_array: [],
  group_tips_elem_changed_group_memberinfo_array: [],
  group_tips_elem_platform: 'Windows',
};

/** Member muted for 10 minutes. */
export const groupTipsMuteElem: Json = {
  elem_type: 5,
  group_tips_elem_tip_type: 7,
  group_tips_elem_op_user: 'admin',
  group_tips_elem_group_name: 'Team',
  group_tips_elem_group_id: '@TGS#2ABCDEFGH',
  group_tips_elem_user_array: ['bob'],
  group_tips_elem_group_change_info_array: [],
  group_tips_elem_member_change_info_array: [
    { group_tips_member_change_info_identifier: 'bob', group_tips_member_change_info_shutupTime: 600 },
  ],
  group_tips_elem_op_user_info: operatorInfo,
};

/** Two members joined; the member count is given. */
export const groupTipsJoinElem: Json = {
  elem_type: 5,
  group_tips_elem_tip_type: 1,
  group_tips_elem_op_user: 'admin',
  group_tips_elem_group_name: 'Team',
  group_tips_elem_group_id: '@TGS#2ABCDEFGH',
  group_tips_elem_user_array: ['carol', 'dave'],
  group_tips_elem_group_change_info_array: [],
  group_tips_elem_member_change_info_array: [],
  group_tips_elem_member_num: 14,
};

export const faceElem: Json = { elem_type: 6, face_elem_index: 4, face_elem_buf: 'pack-cat/04' };

export const locationElem: Json = {
  elem_type: 7,
  location_elem_desc: 'Tencent Binhai Building, Shenzhen',
  location_elem_longitude: 113.934528,
  location_elem_latitude: 22.522558,
};

/** A user-defined group notice (report type 16 is the Web SDK's 255). */
export const groupReportCustomElem: Json = {
  elem_type: 8,
  group_report_elem_report_type: 16,
  group_report_elem_group_id: '@TGS#2ABCDEFGH',
  group_report_elem_group_name: 'Team',
  group_report_elem_op_user: 'admin',
  group_report_elem_msg: '',
  group_report_elem_user_data: 'Meeting moved to 3 pm',
  group_report_elem_op_user_info: operatorInfo,
  group_report_elem_op_group_memberinfo: operatorMember,
  group_report_elem_platform: 'Web',
};

/** A join request, with its reason. */
export const groupReportJoinRequestElem: Json = {
  elem_type: 8,
  group_report_elem_report_type: 1,
  group_report_elem_group_id: '@TGS#2ABCDEFGH',
  group_report_elem_group_name: 'Team',
  group_report_elem_op_user: 'erin',
  group_report_elem_msg: 'I am on the QA team',
  group_report_elem_user_data: '',
};

export const videoElem: Json = {
  elem_type: 9,
  video_elem_video_type: 'mp4',
  video_elem_video_size: 1048576,
  video_elem_video_duration: 15,
  video_elem_video_path: '',
  video_elem_video_id: '1400187352_98826_vid_e5',
  video_elem_business_id: 0,
  video_elem_video_download_flag: 2,
  video_elem_video_url: 'https://cos.example.com/im/e5.mp4',
  video_elem_image_type: 'jpg',
  video_elem_image_size: 20480,
  video_elem_image_width: 720,
  video_elem_image_height: 1280,
  video_elem_image_path: '',
  video_elem_image_id: '1400187352_98826_snap_e5',
  video_elem_image_download_flag: 2,
  video_elem_image_url: 'https://cos.example.com/im/e5.jpg',
  video_elem_task_id: 0,
};

/** A system-conversation message around a group report elem. */
export function systemMessage(elem: Json): Json {
  return {
    message_client_time: 1620880000,
    message_conv_id: '@TIM#SYSTEM',
    message_conv_type: 3,
    message_elem_array: [elem],
    message_is_from_self: false,
    message_is_read: false,
    message_msg_id: 'sys-1620880000-5',
    message_priority: 3,
    message_rand: 5,
    message_sender: '@TIM#SYSTEM',
    message_seq: 0,
    message_server_time: 1620880000,
    message_status: 2,
  };
}

/** A pinned group conversation with a last message, a draft and an @me. */
export const groupConversation: Json = {
  conv_active_time: 1620877800,
  conv_id: '@TGS#2ABCDEFGH',
  conv_type: 2,
  conv_owner: '',
  conv_unread_num: 4,
  conv_is_has_lastmsg: true,
  conv_last_msg: groupMessage(textElem),
  conv_is_has_draft: true,
  conv_draft: {
    draft_msg: { message_elem_array: [{ elem_type: 0, text_elem_content: 'half a thought' }] },
    draft_user_define: '{"reply":"m0"}',
    draft_edit_time: 1620877900,
  },
  conv_recv_opt: 2,
  conv_group_at_info_array: [{ conv_group_at_info_seq: 15840, conv_group_at_info_at_type: 1 }],
  conv_is_pinned: true,
  conv_show_name: 'Team',
  conv_face_url: 'https://cdn.example.com/groups/team.png',
  conv_group_type: 1,
};

/** A plain C2C conversation as in the SDK's own example (no draft, no name). */
export const c2cConversation: Json = {
  conv_active_time: 1620877709,
  conv_id: '98826',
  conv_is_has_draft: false,
  conv_is_has_lastmsg: true,
  conv_is_pinned: false,
  conv_last_msg: c2cMessage(textElem),
  conv_type: 1,
  conv_unread_num: 1,
};
