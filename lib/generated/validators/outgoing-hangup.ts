// Generated from the schemas in schema/ by `npm run generate`. Do not edit.
// @ts-nocheck
/* eslint-disable */
"use strict";
export const validate = validate22;
const schema49 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://unpkg.com/telecmi-hangup/schema/outgoing-hangup.schema.json","title":"TeleCMI outgoing hangup","description":"The JSON body TeleCMI posts to a customer's webhook URL when one leg of an outgoing call hangs up. It describes the wire format as TeleCMI sends it across its documentation versions and products (live events and call detail records): phone numbers may be numbers or strings, with or without a leading \"+\"; ids, timestamps and durations may be numbers or digit strings; click_to_call and record may be booleans or the text \"true\"/\"false\"; app_id and cmiuuid may arrive under their older spellings appid and cmiuid. Fields it does not list are allowed. $defs/olderTable is the stricter form the older documentation's property table describes.","type":"object","required":["status","direction","leg","type","time"],"allOf":[{"description":"cmiuuid is required, under that name or its older spelling cmiuid: an object must not lack both.","not":{"type":"object","properties":{"cmiuuid":false,"cmiuid":false}}},{"description":"app_id is required, under that name or its older spelling appid: an object must not lack both.","not":{"type":"object","properties":{"app_id":false,"appid":false}}}],"properties":{"status":{"description":"Status of the call. Always \"hangup\" for this event.","const":"hangup"},"direction":{"description":"Direction of the call. Always \"outbound\" for this event.","const":"outbound"},"leg":{"description":"Leg of the call: \"a\" is the caller (the agent's side), \"b\" the callee.","enum":["a","b"]},"type":{"description":"Kind of notification: \"event\" (a live event) or \"cdr\" (a call detail record, which may carry answeredsec, hangup_reason, record and filename).","type":"string","minLength":1},"cmiuuid":{"description":"Unique id of this call leg.","type":"string","minLength":1},"cmiuid":{"description":"Older spelling of cmiuuid, seen in older payloads and third-party dumps. The event carries its value as cmiuuid; both spellings with different values are refused.","deprecated":true,"$ref":"#/properties/cmiuuid"},"app_id":{"description":"The customer's TeleCMI app id.","$ref":"#/$defs/integerLike"},"appid":{"description":"Older spelling of app_id, used by TeleCMI's call detail record samples. The event carries its value as app_id; both spellings with different values are refused.","deprecated":true,"$ref":"#/properties/app_id"},"time":{"description":"Timestamp of the event, in milliseconds since the Unix epoch.","$ref":"#/$defs/timestamp"},"callerid":{"description":"Caller id of the call: the number shown to the called party. Leading zeros and a leading \"+\" are part of the number.","$ref":"#/$defs/phoneNumber"},"to":{"description":"The number the call was made to (leg a).","$ref":"#/$defs/phoneNumber"},"from":{"description":"The number the call came from (leg b).","$ref":"#/$defs/phoneNumber"},"user":{"description":"Unique id of the user (agent) who placed the call.","type":"string"},"click_to_call":{"description":"Whether the call was placed through the click-to-call API.","$ref":"#/$defs/booleanLike"},"conversation_uuid":{"description":"Unique id of the whole conversation; both legs of a call share it.","type":"string"},"request_id":{"description":"Id of the click-to-call request that placed the call.","type":"string"},"call_id":{"description":"TeleCMI's id of the call (current documentation only).","type":"string"},"custom":{"description":"Custom data attached to the call by the customer, usually JSON text such as \"{\\\"crm\\\":\\\"true\\\"}\". Kept as sent; the event adds the decoded object as customData.","type":"string"},"extra_params":{"description":"Extra parameters of a click-to-call request, usually JSON text. Kept as sent; the event adds the decoded object as extraParamsData.","type":"string"},"virtual_number":{"description":"The TeleCMI number the outbound call was placed from (call detail records), as a string or a number.","$ref":"#/$defs/phoneNumber"},"answeredsec":{"description":"Seconds the leg was answered for (call detail records); 0 or absent when it was not answered.","$ref":"#/$defs/integerLike"},"hangup_reason":{"description":"How the leg ended (call detail records). TeleCMI lists \"sent_bye\" (the call ended by the user), \"recv_bye\" (ended by the caller), \"recv_cancel\" (ended because the user did not answer) and \"sent_reject\" (rejected by the user). They read from TeleCMI's side of this leg: recv_ means TeleCMI received the hang-up (BYE) or cancel from the phone on this leg; sent_ means TeleCMI sent the hang-up or rejection to it, on behalf of the other leg or itself. Other values are kept as sent.","anyOf":[{"enum":["sent_bye","recv_bye","recv_cancel","sent_reject"]},{"type":"string","minLength":1}]},"record":{"description":"Whether the call was recorded (call detail records); filename then names the recording.","$ref":"#/$defs/booleanLike"},"filename":{"description":"File name of the call's recording, when record is true (call detail records).","type":"string"},"team":{"description":"Never on an outgoing call: a leg that carries team is the agent leg of an incoming call (incoming.agent.hangup).","not":{}}},"examples":[{"leg":"a","type":"event","click_to_call":"true","user":"109_1111113","cmiuuid":"d965c6e0-5493-44f8-8d7d-b9a8077013a4","direction":"outbound","callerid":"04471000000","app_id":1111113,"time":1571122196059,"request_id":"s96C6XK1BUHX0oVZfOo5NhoJfZZJd0y1nmrNN6dhdkW","status":"hangup","to":9100000000,"conversation_uuid":"d965c6e0-5493-44f8-8d7d-b9a8077013a4"},{"leg":"b","type":"event","click_to_call":"true","user":"109_1111113","cmiuuid":"1e12c087-e5bb-4e77-8e42-1249fa40a99b","direction":"outbound","callerid":"04471000000","app_id":1111113,"time":1571122196059,"status":"hangup","from":9100000000,"conversation_uuid":"d965c6e0-5493-44f8-8d7d-b9a8077013a4"},{"call_id":"e51d5392-d9cf-123b-fe91-3cecefb9bfb6","leg":"a","type":"event","user":"202_2222223","cmiuuid":"ccd826f9-67a4-4467-acfb-a53093ff5c9d","direction":"outbound","callerid":"442000000000","app_id":2223343,"time":1650635340436,"custom":"{\"crm\":\"true\"}","extra_params":"{\"click2call\":\"true\"}","request_id":"bvS68LlqtFunYMQO0db6g9klSdfS0UHHDoK9S9Qvaed","status":"hangup","to":"442000000001","conversation_uuid":"ccd826f9-67a4-4467-acfb-a53093ff5c9d"},{"virtual_number":"440000000000","call_id":"c4504776-d91e-123b-29a7-56000429abc3","custom":"{\"crm\":\"true\"}","leg":"b","type":"cdr","appid":2222223,"to":442000000001,"cmiuuid":"0da4f02e-6ece-42e4-989b-1e6766b5a81e","status":"hangup","user":"202_2222223","time":1650630551178,"direction":"outbound","answeredsec":6,"hangup_reason":"sent_bye","request_id":"c0Sq3mbykoHgVgLfyWTr6cV6HB5Z0Fk4AXpZFkOClSr","extra_params":"{\"click2call\":\"true\"}","record":true,"filename":"16506305548176941220057791_2222223.mp3"}],"$defs":{"phoneNumber":{"description":"A phone number: digits, optionally after a leading \"+\", as a string (leading zeros and \"+\" kept), or a JSON integer (no larger than 2^53 - 1, so no digit is lost in parsing).","anyOf":[{"type":"string","pattern":"^\\+?[0-9]{1,32}$"},{"type":"integer","minimum":0,"maximum":9007199254740991}]},"integerLike":{"description":"A non-negative integer: a JSON integer no larger than 2^53 - 1, or a string of at most 15 digits.","anyOf":[{"type":"integer","minimum":0,"maximum":9007199254740991},{"type":"string","pattern":"^[0-9]{1,15}$"}]},"timestamp":{"description":"A time in milliseconds since the Unix epoch, as a JSON integer or a string of at most 15 digits; no later than 8640000000000000, the last instant a JavaScript Date can hold.","anyOf":[{"type":"integer","minimum":0,"maximum":8640000000000000},{"type":"string","pattern":"^[0-9]{1,15}$"}]},"booleanLike":{"description":"A boolean, as JSON true/false or as the text \"true\"/\"false\".","anyOf":[{"type":"boolean"},{"enum":["true","false"]}]},"olderPhoneNumber":{"description":"A phone number as the older property table types it: a JSON integer, or a string of digits where a leading zero must survive (JSON numbers cannot carry one, and the older samples' 04471000000 arrives as the string \"04471000000\"). No \"+\".","anyOf":[{"type":"string","pattern":"^[0-9]{1,32}$"},{"type":"integer","minimum":0,"maximum":9007199254740991}]},"olderTable":{"description":"An outgoing hangup exactly as the older documentation's property table (and its sample) lists it: those fields only, under their one spelling, with the table's types. app_id and time are JSON integers, click_to_call the text \"true\"/\"false\", phone numbers $defs/olderPhoneNumber. The strict option validates against this.","type":"object","required":["status","direction","leg","type","cmiuuid","app_id","time"],"additionalProperties":false,"properties":{"leg":{"$ref":"#/properties/leg"},"type":{"$ref":"#/properties/type"},"click_to_call":{"$ref":"#/properties/click_to_call","type":"string"},"user":{"$ref":"#/properties/user"},"cmiuuid":{"$ref":"#/properties/cmiuuid"},"direction":{"$ref":"#/properties/direction"},"callerid":{"$ref":"#/$defs/olderPhoneNumber"},"app_id":{"$ref":"#/properties/app_id","type":"integer"},"time":{"$ref":"#/properties/time","type":"integer"},"status":{"$ref":"#/properties/status"},"to":{"$ref":"#/$defs/olderPhoneNumber"},"from":{"$ref":"#/$defs/olderPhoneNumber"},"conversation_uuid":{"$ref":"#/properties/conversation_uuid"},"request_id":{"$ref":"#/properties/request_id"}}}}};
const schema50 = {"description":"Unique id of this call leg.","type":"string","minLength":1};
const schema51 = {"description":"A non-negative integer: a JSON integer no larger than 2^53 - 1, or a string of at most 15 digits.","anyOf":[{"type":"integer","minimum":0,"maximum":9007199254740991},{"type":"string","pattern":"^[0-9]{1,15}$"}]};
const schema53 = {"description":"A time in milliseconds since the Unix epoch, as a JSON integer or a string of at most 15 digits; no later than 8640000000000000, the last instant a JavaScript Date can hold.","anyOf":[{"type":"integer","minimum":0,"maximum":8640000000000000},{"type":"string","pattern":"^[0-9]{1,15}$"}]};
const schema54 = {"description":"A phone number: digits, optionally after a leading \"+\", as a string (leading zeros and \"+\" kept), or a JSON integer (no larger than 2^53 - 1, so no digit is lost in parsing).","anyOf":[{"type":"string","pattern":"^\\+?[0-9]{1,32}$"},{"type":"integer","minimum":0,"maximum":9007199254740991}]};
const schema57 = {"description":"A boolean, as JSON true/false or as the text \"true\"/\"false\".","anyOf":[{"type":"boolean"},{"enum":["true","false"]}]};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[0-9]{1,15}$", "u");
const pattern7 = new RegExp("^\\+?[0-9]{1,32}$", "u");

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://unpkg.com/telecmi-hangup/schema/outgoing-hangup.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cmiuuid !== undefined){
var valid2 = false;
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
var valid2 = true;
}
if(valid2){
if(data.cmiuid !== undefined){
var valid2 = false;
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
var valid2 = true;
}
}
}
else {
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var valid1 = _errs3 === errors;
if(valid1){
const err3 = {instancePath,schemaPath:"#/allOf/0/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.app_id !== undefined){
var valid4 = false;
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
var valid4 = true;
}
if(valid4){
if(data.appid !== undefined){
var valid4 = false;
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
var valid4 = true;
}
}
}
else {
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var valid3 = _errs7 === errors;
if(valid3){
const err7 = {instancePath,schemaPath:"#/allOf/1/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.direction === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "direction"},message:"must have required property '"+"direction"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.leg === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "leg"},message:"must have required property '"+"leg"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.type === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.time === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.status !== undefined){
if("hangup" !== data.status){
const err13 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "hangup"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.direction !== undefined){
if("outbound" !== data.direction){
const err14 = {instancePath:instancePath+"/direction",schemaPath:"#/properties/direction/const",keyword:"const",params:{allowedValue: "outbound"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.leg !== undefined){
let data6 = data.leg;
if(!((data6 === "a") || (data6 === "b"))){
const err15 = {instancePath:instancePath+"/leg",schemaPath:"#/properties/leg/enum",keyword:"enum",params:{allowedValues: schema49.properties.leg.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.type !== undefined){
let data7 = data.type;
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err16 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.cmiuuid !== undefined){
let data8 = data.cmiuuid;
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err18 = {instancePath:instancePath+"/cmiuuid",schemaPath:"#/properties/cmiuuid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/cmiuuid",schemaPath:"#/properties/cmiuuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.cmiuid !== undefined){
let data9 = data.cmiuid;
if(typeof data9 === "string"){
if(func1(data9) < 1){
const err20 = {instancePath:instancePath+"/cmiuid",schemaPath:"#/properties/cmiuuid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/cmiuid",schemaPath:"#/properties/cmiuuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.app_id !== undefined){
let data10 = data.app_id;
const _errs21 = errors;
let valid8 = false;
const _errs22 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err22 = {instancePath:instancePath+"/app_id",schemaPath:"#/$defs/integerLike/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 9007199254740991 || isNaN(data10)){
const err23 = {instancePath:instancePath+"/app_id",schemaPath:"#/$defs/integerLike/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err24 = {instancePath:instancePath+"/app_id",schemaPath:"#/$defs/integerLike/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
var _valid0 = _errs22 === errors;
valid8 = valid8 || _valid0;
const _errs24 = errors;
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
const err25 = {instancePath:instancePath+"/app_id",schemaPath:"#/$defs/integerLike/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/app_id",schemaPath:"#/$defs/integerLike/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid0 = _errs24 === errors;
valid8 = valid8 || _valid0;
if(!valid8){
const err27 = {instancePath:instancePath+"/app_id",schemaPath:"#/$defs/integerLike/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
}
if(data.appid !== undefined){
let data11 = data.appid;
const _errs28 = errors;
let valid10 = false;
const _errs29 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err28 = {instancePath:instancePath+"/appid",schemaPath:"#/properties/app_id/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 9007199254740991 || isNaN(data11)){
const err29 = {instancePath:instancePath+"/appid",schemaPath:"#/properties/app_id/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err30 = {instancePath:instancePath+"/appid",schemaPath:"#/properties/app_id/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
var _valid1 = _errs29 === errors;
valid10 = valid10 || _valid1;
const _errs31 = errors;
if(typeof data11 === "string"){
if(!pattern4.test(data11)){
const err31 = {instancePath:instancePath+"/appid",schemaPath:"#/properties/app_id/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/appid",schemaPath:"#/properties/app_id/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid1 = _errs31 === errors;
valid10 = valid10 || _valid1;
if(!valid10){
const err33 = {instancePath:instancePath+"/appid",schemaPath:"#/properties/app_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
else {
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
}
}
if(data.time !== undefined){
let data12 = data.time;
const _errs35 = errors;
let valid12 = false;
const _errs36 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err34 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 8640000000000000 || isNaN(data12)){
const err35 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8640000000000000},message:"must be <= 8640000000000000"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data12 < 0 || isNaN(data12)){
const err36 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
var _valid2 = _errs36 === errors;
valid12 = valid12 || _valid2;
const _errs38 = errors;
if(typeof data12 === "string"){
if(!pattern4.test(data12)){
const err37 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\""};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid2 = _errs38 === errors;
valid12 = valid12 || _valid2;
if(!valid12){
const err39 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
}
if(data.callerid !== undefined){
let data13 = data.callerid;
const _errs42 = errors;
let valid14 = false;
const _errs43 = errors;
if(typeof data13 === "string"){
if(!pattern7.test(data13)){
const err40 = {instancePath:instancePath+"/callerid",schemaPath:"#/$defs/phoneNumber/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9]{1,32}$"},message:"must match pattern \""+"^\\+?[0-9]{1,32}$"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/callerid",schemaPath:"#/$defs/phoneNumber/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid3 = _errs43 === errors;
valid14 = valid14 || _valid3;
const _errs45 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err42 = {instancePath:instancePath+"/callerid",schemaPath:"#/$defs/phoneNumber/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 9007199254740991 || isNaN(data13)){
const err43 = {instancePath:instancePath+"/callerid",schemaPath:"#/$defs/phoneNumber/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data13 < 0 || isNaN(data13)){
const err44 = {instancePath:instancePath+"/callerid",schemaPath:"#/$defs/phoneNumber/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
var _valid3 = _errs45 === errors;
valid14 = valid14 || _valid3;
if(!valid14){
const err45 = {instancePath:instancePath+"/callerid",schemaPath:"#/$defs/phoneNumber/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
else {
errors = _errs42;
if(vErrors !== null){
if(_errs42){
vErrors.length = _errs42;
}
else {
vErrors = null;
}
}
}
}
if(data.to !== undefined){
let data14 = data.to;
const _errs49 = errors;
let valid16 = false;
const _errs50 = errors;
if(typeof data14 === "string"){
if(!pattern7.test(data14)){
const err46 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/phoneNumber/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9]{1,32}$"},message:"must match pattern \""+"^\\+?[0-9]{1,32}$"+"\""};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/phoneNumber/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid4 = _errs50 === errors;
valid16 = valid16 || _valid4;
const _errs52 = errors;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err48 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/phoneNumber/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 9007199254740991 || isNaN(data14)){
const err49 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/phoneNumber/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data14 < 0 || isNaN(data14)){
const err50 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/phoneNumber/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
var _valid4 = _errs52 === errors;
valid16 = valid16 || _valid4;
if(!valid16){
const err51 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/phoneNumber/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
else {
errors = _errs49;
if(vErrors !== null){
if(_errs49){
vErrors.length = _errs49;
}
else {
vErrors = null;
}
}
}
}
if(data.from !== undefined){
let data15 = data.from;
const _errs56 = errors;
let valid18 = false;
const _errs57 = errors;
if(typeof data15 === "string"){
if(!pattern7.test(data15)){
const err52 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/phoneNumber/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9]{1,32}$"},message:"must match pattern \""+"^\\+?[0-9]{1,32}$"+"\""};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/phoneNumber/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
var _valid5 = _errs57 === errors;
valid18 = valid18 || _valid5;
const _errs59 = errors;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err54 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/phoneNumber/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 9007199254740991 || isNaN(data15)){
const err55 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/phoneNumber/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data15 < 0 || isNaN(data15)){
const err56 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/phoneNumber/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
var _valid5 = _errs59 === errors;
valid18 = valid18 || _valid5;
if(!valid18){
const err57 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/phoneNumber/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
else {
errors = _errs56;
if(vErrors !== null){
if(_errs56){
vErrors.length = _errs56;
}
else {
vErrors = null;
}
}
}
}
if(data.user !== undefined){
if(typeof data.user !== "string"){
const err58 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.click_to_call !== undefined){
let data17 = data.click_to_call;
const _errs65 = errors;
let valid20 = false;
const _errs66 = errors;
if(typeof data17 !== "boolean"){
const err59 = {instancePath:instancePath+"/click_to_call",schemaPath:"#/$defs/booleanLike/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
var _valid6 = _errs66 === errors;
valid20 = valid20 || _valid6;
const _errs68 = errors;
if(!((data17 === "true") || (data17 === "false"))){
const err60 = {instancePath:instancePath+"/click_to_call",schemaPath:"#/$defs/booleanLike/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema57.anyOf[1].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var _valid6 = _errs68 === errors;
valid20 = valid20 || _valid6;
if(!valid20){
const err61 = {instancePath:instancePath+"/click_to_call",schemaPath:"#/$defs/booleanLike/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
else {
errors = _errs65;
if(vErrors !== null){
if(_errs65){
vErrors.length = _errs65;
}
else {
vErrors = null;
}
}
}
}
if(data.conversation_uuid !== undefined){
if(typeof data.conversation_uuid !== "string"){
const err62 = {instancePath:instancePath+"/conversation_uuid",schemaPath:"#/properties/conversation_uuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.request_id !== undefined){
if(typeof data.request_id !== "string"){
const err63 = {instancePath:instancePath+"/request_id",schemaPath:"#/properties/request_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.call_id !== undefined){
if(typeof data.call_id !== "string"){
const err64 = {instancePath:instancePath+"/call_id",schemaPath:"#/properties/call_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.custom !== undefined){
if(typeof data.custom !== "string"){
const err65 = {instancePath:instancePath+"/custom",schemaPath:"#/properties/custom/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.extra_params !== undefined){
if(typeof data.extra_params !== "string"){
const err66 = {instancePath:instancePath+"/extra_params",schemaPath:"#/properties/extra_params/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.virtual_number !== undefined){
let data23 = data.virtual_number;
const _errs81 = errors;
let valid22 = false;
const _errs82 = errors;
if(typeof data23 === "string"){
if(!pattern7.test(data23)){
const err67 = {instancePath:instancePath+"/virtual_number",schemaPath:"#/$defs/phoneNumber/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9]{1,32}$"},message:"must match pattern \""+"^\\+?[0-9]{1,32}$"+"\""};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/virtual_number",schemaPath:"#/$defs/phoneNumber/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
var _valid7 = _errs82 === errors;
valid22 = valid22 || _valid7;
const _errs84 = errors;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err69 = {instancePath:instancePath+"/virtual_number",schemaPath:"#/$defs/phoneNumber/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 > 9007199254740991 || isNaN(data23)){
const err70 = {instancePath:instancePath+"/virtual_number",schemaPath:"#/$defs/phoneNumber/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data23 < 0 || isNaN(data23)){
const err71 = {instancePath:instancePath+"/virtual_number",schemaPath:"#/$defs/phoneNumber/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
var _valid7 = _errs84 === errors;
valid22 = valid22 || _valid7;
if(!valid22){
const err72 = {instancePath:instancePath+"/virtual_number",schemaPath:"#/$defs/phoneNumber/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
else {
errors = _errs81;
if(vErrors !== null){
if(_errs81){
vErrors.length = _errs81;
}
else {
vErrors = null;
}
}
}
}
if(data.answeredsec !== undefined){
let data24 = data.answeredsec;
const _errs88 = errors;
let valid24 = false;
const _errs89 = errors;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err73 = {instancePath:instancePath+"/answeredsec",schemaPath:"#/$defs/integerLike/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 9007199254740991 || isNaN(data24)){
const err74 = {instancePath:instancePath+"/answeredsec",schemaPath:"#/$defs/integerLike/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data24 < 0 || isNaN(data24)){
const err75 = {instancePath:instancePath+"/answeredsec",schemaPath:"#/$defs/integerLike/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
var _valid8 = _errs89 === errors;
valid24 = valid24 || _valid8;
const _errs91 = errors;
if(typeof data24 === "string"){
if(!pattern4.test(data24)){
const err76 = {instancePath:instancePath+"/answeredsec",schemaPath:"#/$defs/integerLike/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\""};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/answeredsec",schemaPath:"#/$defs/integerLike/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
var _valid8 = _errs91 === errors;
valid24 = valid24 || _valid8;
if(!valid24){
const err78 = {instancePath:instancePath+"/answeredsec",schemaPath:"#/$defs/integerLike/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
else {
errors = _errs88;
if(vErrors !== null){
if(_errs88){
vErrors.length = _errs88;
}
else {
vErrors = null;
}
}
}
}
if(data.hangup_reason !== undefined){
let data25 = data.hangup_reason;
const _errs94 = errors;
let valid25 = false;
const _errs95 = errors;
if(!((((data25 === "sent_bye") || (data25 === "recv_bye")) || (data25 === "recv_cancel")) || (data25 === "sent_reject"))){
const err79 = {instancePath:instancePath+"/hangup_reason",schemaPath:"#/properties/hangup_reason/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema49.properties.hangup_reason.anyOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
var _valid9 = _errs95 === errors;
valid25 = valid25 || _valid9;
const _errs96 = errors;
if(typeof data25 === "string"){
if(func1(data25) < 1){
const err80 = {instancePath:instancePath+"/hangup_reason",schemaPath:"#/properties/hangup_reason/anyOf/1/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/hangup_reason",schemaPath:"#/properties/hangup_reason/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
var _valid9 = _errs96 === errors;
valid25 = valid25 || _valid9;
if(!valid25){
const err82 = {instancePath:instancePath+"/hangup_reason",schemaPath:"#/properties/hangup_reason/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
else {
errors = _errs94;
if(vErrors !== null){
if(_errs94){
vErrors.length = _errs94;
}
else {
vErrors = null;
}
}
}
}
if(data.record !== undefined){
let data26 = data.record;
const _errs100 = errors;
let valid27 = false;
const _errs101 = errors;
if(typeof data26 !== "boolean"){
const err83 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/booleanLike/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
var _valid10 = _errs101 === errors;
valid27 = valid27 || _valid10;
const _errs103 = errors;
if(!((data26 === "true") || (data26 === "false"))){
const err84 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/booleanLike/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema57.anyOf[1].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
var _valid10 = _errs103 === errors;
valid27 = valid27 || _valid10;
if(!valid27){
const err85 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/booleanLike/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
else {
errors = _errs100;
if(vErrors !== null){
if(_errs100){
vErrors.length = _errs100;
}
else {
vErrors = null;
}
}
}
}
if(data.filename !== undefined){
if(typeof data.filename !== "string"){
const err86 = {instancePath:instancePath+"/filename",schemaPath:"#/properties/filename/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data.team !== undefined){
const err87 = {instancePath:instancePath+"/team",schemaPath:"#/properties/team/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
else {
const err88 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"status":true,"direction":true,"leg":true,"type":true,"cmiuuid":true,"cmiuid":true,"app_id":true,"appid":true,"time":true,"callerid":true,"to":true,"from":true,"user":true,"click_to_call":true,"conversation_uuid":true,"request_id":true,"call_id":true,"custom":true,"extra_params":true,"virtual_number":true,"answeredsec":true,"hangup_reason":true,"record":true,"filename":true,"team":true},"dynamicProps":false,"dynamicItems":false};

