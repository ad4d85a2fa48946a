import { defineStrings } from '../../base/strings.js';

/** The location picker's words (loaded with the picker, on first use). */
export const locationPickerStrings = defineStrings('locationPicker', {
  en: {
    panel: 'Send a location',
    useCurrent: 'Use my current location',
    locating: 'Finding your location…',
    description: 'Place',
    descriptionPlaceholder: 'A name or an address (optional)',
    latitude: 'Latitude',
    longitude: 'Longitude',
    cancel: 'Cancel',
    send: 'Send location',
    missingLatitude: 'Enter a latitude.',
    missingLongitude: 'Enter a longitude.',
    notANumber: 'Enter a number in degrees, such as 22.5405.',
    latitudeRange: 'A latitude is between −90 and 90.',
    longitudeRange: 'A longitude is between −180 and 180.',
    denied: "Location access was denied. Allow location for this site in the browser's settings, or type the coordinates.",
    unavailable: 'Your location could not be found. Try again, or type the coordinates.',
    timeout: 'Finding your location took too long. Try again, or type the coordinates.',
    unsupported: 'This browser cannot tell your location. Type the coordinates instead.',
    insecure: 'Your location can only be used on a secure (https) page. Type the coordinates instead.',
  },
  'zh-CN': {
    panel: '发送位置',
    useCurrent: '使用我当前的位置',
    locating: '正在获取你的位置…',
    description: '地点',
    descriptionPlaceholder: '名称或地址（可选）',
    latitude: '纬度',
    longitude: '经度',
    cancel: '取消',
    send: '发送位置',
    missingLatitude: '请输入纬度。',
    missingLongitude: '请输入经度。',
    notANumber: '请输入以度为单位的数字，例如 22.5405。',
    latitudeRange: '纬度应在 −90 到 90 之间。',
    longitudeRange: '经度应在 −180 到 180 之间。',
    denied: '位置权限被拒绝。请在浏览器设置中允许此网站使用位置，或直接输入坐标。',
    unavailable: '无法获取你的位置。请重试，或直接输入坐标。',
    timeout: '获取位置超时。请重试，或直接输入坐标。',
    unsupported: '此浏览器无法提供你的位置。请直接输入坐标。',
    insecure: '只有在安全（https）页面上才能使用你的位置。请直接输入坐标。',
  },
});

export type LocationPickerStrings = (typeof locationPickerStrings)['en'];
