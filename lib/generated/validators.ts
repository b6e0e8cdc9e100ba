// Generated from schema/outgoing-hangup.schema.json by `npm run generate`. Do not edit.
// @ts-nocheck
/* eslint-disable */
"use strict";
export const validateHangup = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://unpkg.com/telecmi-hangup/schema/outgoing-hangup.schema.json","title":"TeleCMI outgoing hangup live event","description":"The JSON body TeleCMI posts to a customer's webhook URL when one leg of an outgoing call hangs up. It describes the wire format as TeleCMI sends it across its documentation versions and products (live events and call detail records): phone numbers may be numbers or strings, with or without a leading \"+\"; ids, timestamps and durations may be numbers or digit strings; click_to_call and record may be booleans or the text \"true\"/\"false\"; app_id and cmiuuid may arrive under their older spellings appid and cmiuid. Fields it does not list are allowed. $defs/olderTable is the stricter form the older documentation's property table describes.","type":"object","required":["status","direction","leg","type","time"],"allOf":[{"anyOf":[{"properties":{"cmiuuid":true},"required":["cmiuuid"]},{"properties":{"cmiuid":true},"required":["cmiuid"]}]},{"anyOf":[{"properties":{"app_id":true},"required":["app_id"]},{"properties":{"appid":true},"required":["appid"]}]}],"properties":{"status":{"description":"Status of the call. Always \"hangup\" for this event.","const":"hangup"},"direction":{"description":"Direction of the call. Always \"outbound\" for this event.","const":"outbound"},"leg":{"description":"Leg of the call: \"a\" is the caller (the agent's side), \"b\" the callee.","enum":["a","b"]},"type":{"description":"Kind of notification: \"event\" (a live event) or \"cdr\" (a call detail record, which may carry answeredsec, hangup_reason, record and filename).","type":"string","minLength":1},"cmiuuid":{"description":"Unique id of this call leg.","type":"string","minLength":1},"cmiuid":{"description":"Older spelling of cmiuuid, seen in older payloads and third-party dumps. The event carries its value as cmiuuid; both spellings with different values are refused.","deprecated":true,"$ref":"#/properties/cmiuuid"},"app_id":{"description":"The customer's TeleCMI app id.","$ref":"#/$defs/integerLike"},"appid":{"description":"Older spelling of app_id, used by TeleCMI's call detail record samples. The event carries its value as app_id; both spellings with different values are refused.","deprecated":true,"$ref":"#/properties/app_id"},"time":{"description":"Timestamp of the event, in milliseconds since the Unix epoch.","$ref":"#/$defs/timestamp"},"callerid":{"description":"Caller id of the call: the number shown to the called party. Leading zeros and a leading \"+\" are part of the number.","$ref":"#/$defs/phoneNumber"},"to":{"description":"The number the call was made to (leg a).","$ref":"#/$defs/phoneNumber"},"from":{"description":"The number the call came from (leg b).","$ref":"#/$defs/phoneNumber"},"user":{"description":"Unique id of the user (agent) who placed the call.","type":"string"},"click_to_call":{"description":"Whether the call was placed through the click-to-call API.","$ref":"#/$defs/booleanLike"},"conversation_uuid":{"description":"Unique id of the whole conversation; both legs of a call share it.","type":"string"},"request_id":{"description":"Id of the click-to-call request that placed the call.","type":"string"},"call_id":{"description":"TeleCMI's id of the call (current documentation only).","type":"string"},"custom":{"description":"Custom data attached to the call by the customer, usually JSON text such as \"{\\\"crm\\\":\\\"true\\\"}\". Kept as sent; the event adds the decoded object as customData.","type":"string"},"extra_params":{"description":"Extra parameters of a click-to-call request, usually JSON text. Kept as sent; the event adds the decoded object as extraParamsData.","type":"string"},"virtual_number":{"description":"The TeleCMI number the outbound call was placed from (call detail records), as a string or a number.","$ref":"#/$defs/phoneNumber"},"answeredsec":{"description":"Seconds the leg was answered for (call detail records); 0 or absent when it was not answered.","$ref":"#/$defs/integerLike"},"hangup_reason":{"description":"How the leg ended (call detail records). TeleCMI lists \"sent_bye\" (the call ended by the user), \"recv_bye\" (ended by the caller), \"recv_cancel\" (ended because the user did not answer) and \"sent_reject\" (rejected by the user). They read from TeleCMI's side of this leg: recv_ means TeleCMI received the hang-up (BYE) or cancel from the phone on this leg; sent_ means TeleCMI sent the hang-up or rejection to it, on behalf of the other leg or itself. Other values are kept as sent.","anyOf":[{"enum":["sent_bye","recv_bye","recv_cancel","sent_reject"]},{"type":"string","minLength":1}]},"record":{"description":"Whether the call was recorded (call detail records); filename then names the recording.","$ref":"#/$defs/booleanLike"},"filename":{"description":"File name of the call's recording, when record is true (call detail records).","type":"string"}},"examples":[{"leg":"a","type":"event","click_to_call":"true","user":"109_1111113","cmiuuid":"d965c6e0-5493-44f8-8d7d-b9a8077013a4","direction":"outbound","callerid":"04471000000","app_id":1111113,"time":1571122196059,"request_id":"s96C6XK1BUHX0oVZfOo5NhoJfZZJd0y1nmrNN6dhdkW","status":"hangup","to":9100000000,"conversation_uuid":"d965c6e0-5493-44f8-8d7d-b9a8077013a4"},{"leg":"b","type":"event","click_to_call":"true","user":"109_1111113","cmiuuid":"1e12c087-e5bb-4e77-8e42-1249fa40a99b","direction":"outbound","callerid":"04471000000","app_id":1111113,"time":1571122196059,"status":"hangup","from":9100000000,"conversation_uuid":"d965c6e0-5493-44f8-8d7d-b9a8077013a4"},{"call_id":"e51d5392-d9cf-123b-fe91-3cecefb9bfb6","leg":"a","type":"event","user":"202_2222223","cmiuuid":"ccd826f9-67a4-4467-acfb-a53093ff5c9d","direction":"outbound","callerid":"442000000000","app_id":2223343,"time":1650635340436,"custom":"{\"crm\":\"true\"}","extra_params":"{\"click2call\":\"true\"}","request_id":"bvS68LlqtFunYMQO0db6g9klSdfS0UHHDoK9S9Qvaed","status":"hangup","to":"442000000001","conversation_uuid":"ccd826f9-67a4-4467-acfb-a53093ff5c9d"},{"virtual_number":"440000000000","call_id":"c4504776-d91e-123b-29a7-56000429abc3","custom":"{\"crm\":\"true\"}","leg":"b","type":"cdr","appid":2222223,"to":442000000001,"cmiuuid":"0da4f02e-6ece-42e4-989b-1e6766b5a81e","status":"hangup","user":"202_2222223","time":1650630551178,"direction":"outbound","answeredsec":6,"hangup_reason":"sent_bye","request_id":"c0Sq3mbykoHgVgLfyWTr6cV6HB5Z0Fk4AXpZFkOClSr","extra_params":"{\"click2call\":\"true\"}","record":true,"filename":"16506305548176941220057791_2222223.mp3"}],"$defs":{"phoneNumber":{"description":"A phone number: digits, optionally after a leading \"+\", as a string (leading zeros and \"+\" kept), or a JSON integer (no larger than 2^53 - 1, so no digit is lost in parsing).","anyOf":[{"type":"string","pattern":"^\\+?[0-9]{1,32}$"},{"$ref":"#/$defs/safeInteger"}]},"integerLike":{"description":"A non-negative integer, as a JSON integer or as a string of at most 15 digits.","anyOf":[{"$ref":"#/$defs/safeInteger"},{"type":"string","pattern":"^[0-9]{1,15}$"}]},"timestamp":{"description":"A time in milliseconds since the Unix epoch, as a JSON integer or a string of at most 15 digits; no later than 8640000000000000, the last instant a JavaScript Date can hold.","anyOf":[{"type":"integer","minimum":0,"maximum":8640000000000000},{"type":"string","pattern":"^[0-9]{1,15}$"}]},"booleanLike":{"description":"A boolean, as JSON true/false or as the text \"true\"/\"false\".","anyOf":[{"type":"boolean"},{"enum":["true","false"]}]},"safeInteger":{"description":"A non-negative JSON integer no larger than 2^53 - 1.","type":"integer","minimum":0,"maximum":9007199254740991},"olderPhoneNumber":{"description":"A phone number as the older property table types it: a JSON integer, or a string of digits where a leading zero must survive (JSON numbers cannot carry one, and the older samples' 04471000000 arrives as the string \"04471000000\"). No \"+\".","anyOf":[{"type":"string","pattern":"^[0-9]{1,32}$"},{"$ref":"#/$defs/safeInteger"}]},"olderTable":{"description":"An outgoing hangup exactly as the older documentation's property table (and its sample) lists it: those fields only, under their one spelling, with the table's types. app_id and time are JSON integers, click_to_call the text \"true\"/\"false\", phone numbers $defs/olderPhoneNumber. The strict option validates against this.","type":"object","required":["status","direction","leg","type","cmiuuid","app_id","time"],"additionalProperties":false,"properties":{"leg":{"$ref":"#/properties/leg"},"type":{"$ref":"#/properties/type"},"click_to_call":{"$ref":"#/properties/click_to_call","type":"string"},"user":{"$ref":"#/properties/user"},"cmiuuid":{"$ref":"#/properties/cmiuuid"},"direction":{"$ref":"#/properties/direction"},"callerid":{"$ref":"#/$defs/olderPhoneNumber"},"app_id":{"$ref":"#/properties/app_id","type":"integer"},"time":{"$ref":"#/properties/time","type":"integer"},"status":{"$ref":"#/properties/status"},"to":{"$ref":"#/$defs/olderPhoneNumber"},"from":{"$ref":"#/$defs/olderPhoneNumber"},"conversation_uuid":{"$ref":"#/properties/conversation_uuid"},"request_id":{"$ref":"#/properties/request_id"}}},"liveEvent":{"description":"Any TeleCMI live event (started, answered, hangup, inbound or outbound): the envelope every notification to the webhook URL shares. A payload that matches this but not the outgoing hangup schema is a notification the hangup endpoint acknowledges and ignores.","type":"object","required":["status"],"properties":{"status":{"type":"string","minLength":1},"cmiuuid":{"type":"string","minLength":1},"cmiuid":{"type":"string","minLength":1},"direction":{"type":"string"}},"anyOf":[{"properties":{"cmiuuid":true},"required":["cmiuuid"]},{"properties":{"cmiuid":true},"required":["cmiuid"]}]}}};
const schema32 = {"description":"Unique id of this call leg.","type":"string","minLength":1};
const schema37 = {"description":"A time in milliseconds since the Unix epoch, as a JSON integer or a string of at most 15 digits; no later than 8640000000000000, the last instant a JavaScript Date can hold.","anyOf":[{"type":"integer","minimum":0,"maximum":8640000000000000},{"type":"string","pattern":"^[0-9]{1,15}$"}]};
const schema40 = {"description":"A boolean, as JSON true/false or as the text \"true\"/\"false\".","anyOf":[{"type":"boolean"},{"enum":["true","false"]}]};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const schema33 = {"description":"A non-negative integer, as a JSON integer or as a string of at most 15 digits.","anyOf":[{"$ref":"#/$defs/safeInteger"},{"type":"string","pattern":"^[0-9]{1,15}$"}]};
const schema34 = {"description":"A non-negative JSON integer no larger than 2^53 - 1.","type":"integer","minimum":0,"maximum":9007199254740991};
const pattern4 = new RegExp("^[0-9]{1,15}$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/$defs/safeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data == "number") && (isFinite(data))){
if(data > 9007199254740991 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/$defs/safeInteger/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data < 0 || isNaN(data)){
const err2 = {instancePath,schemaPath:"#/$defs/safeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
if(typeof data === "string"){
if(!pattern4.test(data)){
const err3 = {instancePath,schemaPath:"#/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/$defs/safeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data == "number") && (isFinite(data))){
if(data > 9007199254740991 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/$defs/safeInteger/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data < 0 || isNaN(data)){
const err2 = {instancePath,schemaPath:"#/$defs/safeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
if(typeof data === "string"){
if(!pattern4.test(data)){
const err3 = {instancePath,schemaPath:"#/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema38 = {"description":"A phone number: digits, optionally after a leading \"+\", as a string (leading zeros and \"+\" kept), or a JSON integer (no larger than 2^53 - 1, so no digit is lost in parsing).","anyOf":[{"type":"string","pattern":"^\\+?[0-9]{1,32}$"},{"$ref":"#/$defs/safeInteger"}]};
const pattern7 = new RegExp("^\\+?[0-9]{1,32}$", "u");

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data === "string"){
if(!pattern7.test(data)){
const err0 = {instancePath,schemaPath:"#/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9]{1,32}$"},message:"must match pattern \""+"^\\+?[0-9]{1,32}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err2 = {instancePath,schemaPath:"#/$defs/safeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data == "number") && (isFinite(data))){
if(data > 9007199254740991 || isNaN(data)){
const err3 = {instancePath,schemaPath:"#/$defs/safeInteger/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data < 0 || isNaN(data)){
const err4 = {instancePath,schemaPath:"#/$defs/safeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://unpkg.com/telecmi-hangup/schema/outgoing-hangup.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = false;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cmiuuid === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/anyOf/0/required",keyword:"required",params:{missingProperty: "cmiuuid"},message:"must have required property '"+"cmiuuid"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = {};
props0.cmiuuid = true;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cmiuid === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/anyOf/1/required",keyword:"required",params:{missingProperty: "cmiuid"},message:"must have required property '"+"cmiuid"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.cmiuid = true;
}
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
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
let valid2 = false;
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.app_id === undefined){
const err3 = {instancePath,schemaPath:"#/allOf/1/anyOf/0/required",keyword:"required",params:{missingProperty: "app_id"},message:"must have required property '"+"app_id"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid1 = _errs7 === errors;
valid2 = valid2 || _valid1;
if(_valid1){
var props1 = {};
props1.app_id = true;
}
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.appid === undefined){
const err4 = {instancePath,schemaPath:"#/allOf/1/anyOf/1/required",keyword:"required",params:{missingProperty: "appid"},message:"must have required property '"+"appid"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid1 = _errs8 === errors;
valid2 = valid2 || _valid1;
if(_valid1){
if(props1 !== true){
props1 = props1 || {};
props1.appid = true;
}
}
if(!valid2){
const err5 = {instancePath,schemaPath:"#/allOf/1/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.direction === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "direction"},message:"must have required property '"+"direction"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.leg === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "leg"},message:"must have required property '"+"leg"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.type === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.time === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.status = true;
props0.direction = true;
props0.leg = true;
props0.type = true;
props0.cmiuuid = true;
props0.cmiuid = true;
props0.app_id = true;
props0.appid = true;
props0.time = true;
props0.callerid = true;
props0.to = true;
props0.from = true;
props0.user = true;
props0.click_to_call = true;
props0.conversation_uuid = true;
props0.request_id = true;
props0.call_id = true;
props0.custom = true;
props0.extra_params = true;
props0.virtual_number = true;
props0.answeredsec = true;
props0.hangup_reason = true;
props0.record = true;
props0.filename = true;
}
if(data.status !== undefined){
if("hangup" !== data.status){
const err11 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "hangup"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.direction !== undefined){
if("outbound" !== data.direction){
const err12 = {instancePath:instancePath+"/direction",schemaPath:"#/properties/direction/const",keyword:"const",params:{allowedValue: "outbound"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.leg !== undefined){
let data2 = data.leg;
if(!((data2 === "a") || (data2 === "b"))){
const err13 = {instancePath:instancePath+"/leg",schemaPath:"#/properties/leg/enum",keyword:"enum",params:{allowedValues: schema31.properties.leg.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.type !== undefined){
let data3 = data.type;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err14 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.cmiuuid !== undefined){
let data4 = data.cmiuuid;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err16 = {instancePath:instancePath+"/cmiuuid",schemaPath:"#/properties/cmiuuid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err17 = {instancePath:instancePath+"/cmiuuid",schemaPath:"#/properties/cmiuuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.cmiuid !== undefined){
let data5 = data.cmiuid;
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err18 = {instancePath:instancePath+"/cmiuid",schemaPath:"#/properties/cmiuuid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err19 = {instancePath:instancePath+"/cmiuid",schemaPath:"#/properties/cmiuuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.app_id !== undefined){
if(!(validate21(data.app_id, {instancePath:instancePath+"/app_id",parentData:data,parentDataProperty:"app_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.appid !== undefined){
if(!(validate23(data.appid, {instancePath:instancePath+"/appid",parentData:data,parentDataProperty:"appid",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.time !== undefined){
let data8 = data.time;
const _errs23 = errors;
let valid6 = false;
const _errs24 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err20 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 8640000000000000 || isNaN(data8)){
const err21 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8640000000000000},message:"must be <= 8640000000000000"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err22 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
var _valid2 = _errs24 === errors;
valid6 = valid6 || _valid2;
const _errs26 = errors;
if(typeof data8 === "string"){
if(!pattern4.test(data8)){
const err23 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid2 = _errs26 === errors;
valid6 = valid6 || _valid2;
if(!valid6){
const err25 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
if(data.callerid !== undefined){
if(!(validate25(data.callerid, {instancePath:instancePath+"/callerid",parentData:data,parentDataProperty:"callerid",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.to !== undefined){
if(!(validate25(data.to, {instancePath:instancePath+"/to",parentData:data,parentDataProperty:"to",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.from !== undefined){
if(!(validate25(data.from, {instancePath:instancePath+"/from",parentData:data,parentDataProperty:"from",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.user !== undefined){
if(typeof data.user !== "string"){
const err26 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.click_to_call !== undefined){
let data13 = data.click_to_call;
const _errs35 = errors;
let valid8 = false;
const _errs36 = errors;
if(typeof data13 !== "boolean"){
const err27 = {instancePath:instancePath+"/click_to_call",schemaPath:"#/$defs/booleanLike/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid3 = _errs36 === errors;
valid8 = valid8 || _valid3;
const _errs38 = errors;
if(!((data13 === "true") || (data13 === "false"))){
const err28 = {instancePath:instancePath+"/click_to_call",schemaPath:"#/$defs/booleanLike/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema40.anyOf[1].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid3 = _errs38 === errors;
valid8 = valid8 || _valid3;
if(!valid8){
const err29 = {instancePath:instancePath+"/click_to_call",schemaPath:"#/$defs/booleanLike/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
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
if(data.conversation_uuid !== undefined){
if(typeof data.conversation_uuid !== "string"){
const err30 = {instancePath:instancePath+"/conversation_uuid",schemaPath:"#/properties/conversation_uuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.request_id !== undefined){
if(typeof data.request_id !== "string"){
const err31 = {instancePath:instancePath+"/request_id",schemaPath:"#/properties/request_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.call_id !== undefined){
if(typeof data.call_id !== "string"){
const err32 = {instancePath:instancePath+"/call_id",schemaPath:"#/properties/call_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.custom !== undefined){
if(typeof data.custom !== "string"){
const err33 = {instancePath:instancePath+"/custom",schemaPath:"#/properties/custom/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.extra_params !== undefined){
if(typeof data.extra_params !== "string"){
const err34 = {instancePath:instancePath+"/extra_params",schemaPath:"#/properties/extra_params/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.virtual_number !== undefined){
if(!(validate25(data.virtual_number, {instancePath:instancePath+"/virtual_number",parentData:data,parentDataProperty:"virtual_number",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.answeredsec !== undefined){
if(!(validate21(data.answeredsec, {instancePath:instancePath+"/answeredsec",parentData:data,parentDataProperty:"answeredsec",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.hangup_reason !== undefined){
let data21 = data.hangup_reason;
const _errs52 = errors;
let valid9 = false;
const _errs53 = errors;
if(!((((data21 === "sent_bye") || (data21 === "recv_bye")) || (data21 === "recv_cancel")) || (data21 === "sent_reject"))){
const err35 = {instancePath:instancePath+"/hangup_reason",schemaPath:"#/properties/hangup_reason/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema31.properties.hangup_reason.anyOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid4 = _errs53 === errors;
valid9 = valid9 || _valid4;
const _errs54 = errors;
if(typeof data21 === "string"){
if(func1(data21) < 1){
const err36 = {instancePath:instancePath+"/hangup_reason",schemaPath:"#/properties/hangup_reason/anyOf/1/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/hangup_reason",schemaPath:"#/properties/hangup_reason/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid4 = _errs54 === errors;
valid9 = valid9 || _valid4;
if(!valid9){
const err38 = {instancePath:instancePath+"/hangup_reason",schemaPath:"#/properties/hangup_reason/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
errors = _errs52;
if(vErrors !== null){
if(_errs52){
vErrors.length = _errs52;
}
else {
vErrors = null;
}
}
}
}
if(data.record !== undefined){
let data22 = data.record;
const _errs58 = errors;
let valid11 = false;
const _errs59 = errors;
if(typeof data22 !== "boolean"){
const err39 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/booleanLike/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid5 = _errs59 === errors;
valid11 = valid11 || _valid5;
const _errs61 = errors;
if(!((data22 === "true") || (data22 === "false"))){
const err40 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/booleanLike/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema40.anyOf[1].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid5 = _errs61 === errors;
valid11 = valid11 || _valid5;
if(!valid11){
const err41 = {instancePath:instancePath+"/record",schemaPath:"#/$defs/booleanLike/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
else {
errors = _errs58;
if(vErrors !== null){
if(_errs58){
vErrors.length = _errs58;
}
else {
vErrors = null;
}
}
}
}
if(data.filename !== undefined){
if(typeof data.filename !== "string"){
const err42 = {instancePath:instancePath+"/filename",schemaPath:"#/properties/filename/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
validate20.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate20.evaluated = {"dynamicProps":true,"dynamicItems":false};

export const validateOlderTable = validate31;
const schema42 = {"description":"An outgoing hangup exactly as the older documentation's property table (and its sample) lists it: those fields only, under their one spelling, with the table's types. app_id and time are JSON integers, click_to_call the text \"true\"/\"false\", phone numbers $defs/olderPhoneNumber. The strict option validates against this.","type":"object","required":["status","direction","leg","type","cmiuuid","app_id","time"],"additionalProperties":false,"properties":{"leg":{"$ref":"#/properties/leg"},"type":{"$ref":"#/properties/type"},"click_to_call":{"$ref":"#/properties/click_to_call","type":"string"},"user":{"$ref":"#/properties/user"},"cmiuuid":{"$ref":"#/properties/cmiuuid"},"direction":{"$ref":"#/properties/direction"},"callerid":{"$ref":"#/$defs/olderPhoneNumber"},"app_id":{"$ref":"#/properties/app_id","type":"integer"},"time":{"$ref":"#/properties/time","type":"integer"},"status":{"$ref":"#/properties/status"},"to":{"$ref":"#/$defs/olderPhoneNumber"},"from":{"$ref":"#/$defs/olderPhoneNumber"},"conversation_uuid":{"$ref":"#/properties/conversation_uuid"},"request_id":{"$ref":"#/properties/request_id"}}};
const schema43 = {"description":"Leg of the call: \"a\" is the caller (the agent's side), \"b\" the callee.","enum":["a","b"]};
const schema44 = {"description":"Kind of notification: \"event\" (a live event) or \"cdr\" (a call detail record, which may carry answeredsec, hangup_reason, record and filename).","type":"string","minLength":1};
const schema46 = {"description":"Unique id of the user (agent) who placed the call.","type":"string"};
const schema48 = {"description":"Direction of the call. Always \"outbound\" for this event.","const":"outbound"};
const schema52 = {"description":"Status of the call. Always \"hangup\" for this event.","const":"hangup"};
const schema53 = {"description":"Unique id of the whole conversation; both legs of a call share it.","type":"string"};
const schema54 = {"description":"Id of the click-to-call request that placed the call.","type":"string"};
const func5 = Object.prototype.hasOwnProperty;
const schema49 = {"description":"A phone number as the older property table types it: a JSON integer, or a string of digits where a leading zero must survive (JSON numbers cannot carry one, and the older samples' 04471000000 arrives as the string \"04471000000\"). No \"+\".","anyOf":[{"type":"string","pattern":"^[0-9]{1,32}$"},{"$ref":"#/$defs/safeInteger"}]};
const pattern8 = new RegExp("^[0-9]{1,32}$", "u");

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data === "string"){
if(!pattern8.test(data)){
const err0 = {instancePath,schemaPath:"#/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,32}$"},message:"must match pattern \""+"^[0-9]{1,32}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err2 = {instancePath,schemaPath:"#/$defs/safeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data == "number") && (isFinite(data))){
if(data > 9007199254740991 || isNaN(data)){
const err3 = {instancePath,schemaPath:"#/$defs/safeInteger/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data < 0 || isNaN(data)){
const err4 = {instancePath,schemaPath:"#/$defs/safeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.direction === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "direction"},message:"must have required property '"+"direction"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.leg === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "leg"},message:"must have required property '"+"leg"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.type === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.cmiuuid === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cmiuuid"},message:"must have required property '"+"cmiuuid"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.app_id === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "app_id"},message:"must have required property '"+"app_id"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.time === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func5.call(schema42.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.leg !== undefined){
let data0 = data.leg;
if(!((data0 === "a") || (data0 === "b"))){
const err8 = {instancePath:instancePath+"/leg",schemaPath:"#/properties/leg/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err9 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.click_to_call !== undefined){
let data2 = data.click_to_call;
if(typeof data2 !== "string"){
const err11 = {instancePath:instancePath+"/click_to_call",schemaPath:"#/properties/click_to_call/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const _errs9 = errors;
let valid4 = false;
const _errs10 = errors;
if(typeof data2 !== "boolean"){
const err12 = {instancePath:instancePath+"/click_to_call",schemaPath:"#/properties/click_to_call/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid4 = valid4 || _valid0;
const _errs12 = errors;
if(!((data2 === "true") || (data2 === "false"))){
const err13 = {instancePath:instancePath+"/click_to_call",schemaPath:"#/properties/click_to_call/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema40.anyOf[1].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const err14 = {instancePath:instancePath+"/click_to_call",schemaPath:"#/properties/click_to_call/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data.user !== undefined){
if(typeof data.user !== "string"){
const err15 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.cmiuuid !== undefined){
let data4 = data.cmiuuid;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err16 = {instancePath:instancePath+"/cmiuuid",schemaPath:"#/properties/cmiuuid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err17 = {instancePath:instancePath+"/cmiuuid",schemaPath:"#/properties/cmiuuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.direction !== undefined){
if("outbound" !== data.direction){
const err18 = {instancePath:instancePath+"/direction",schemaPath:"#/properties/direction/const",keyword:"const",params:{allowedValue: "outbound"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.callerid !== undefined){
if(!(validate32(data.callerid, {instancePath:instancePath+"/callerid",parentData:data,parentDataProperty:"callerid",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.app_id !== undefined){
let data7 = data.app_id;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err19 = {instancePath:instancePath+"/app_id",schemaPath:"#/properties/app_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!(validate23(data7, {instancePath:instancePath+"/app_id",parentData:data,parentDataProperty:"app_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.time !== undefined){
let data8 = data.time;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err20 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const _errs27 = errors;
let valid9 = false;
const _errs28 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err21 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 8640000000000000 || isNaN(data8)){
const err22 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8640000000000000},message:"must be <= 8640000000000000"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err23 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var _valid1 = _errs28 === errors;
valid9 = valid9 || _valid1;
const _errs30 = errors;
if(typeof data8 === "string"){
if(!pattern4.test(data8)){
const err24 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid1 = _errs30 === errors;
valid9 = valid9 || _valid1;
if(!valid9){
const err26 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
if(data.status !== undefined){
if("hangup" !== data.status){
const err27 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "hangup"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.to !== undefined){
if(!(validate32(data.to, {instancePath:instancePath+"/to",parentData:data,parentDataProperty:"to",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.from !== undefined){
if(!(validate32(data.from, {instancePath:instancePath+"/from",parentData:data,parentDataProperty:"from",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.conversation_uuid !== undefined){
if(typeof data.conversation_uuid !== "string"){
const err28 = {instancePath:instancePath+"/conversation_uuid",schemaPath:"#/properties/conversation_uuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.request_id !== undefined){
if(typeof data.request_id !== "string"){
const err29 = {instancePath:instancePath+"/request_id",schemaPath:"#/properties/request_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateLiveEvent = validate37;
const schema55 = {"description":"Any TeleCMI live event (started, answered, hangup, inbound or outbound): the envelope every notification to the webhook URL shares. A payload that matches this but not the outgoing hangup schema is a notification the hangup endpoint acknowledges and ignores.","type":"object","required":["status"],"properties":{"status":{"type":"string","minLength":1},"cmiuuid":{"type":"string","minLength":1},"cmiuid":{"type":"string","minLength":1},"direction":{"type":"string"}},"anyOf":[{"properties":{"cmiuuid":true},"required":["cmiuuid"]},{"properties":{"cmiuid":true},"required":["cmiuid"]}]};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cmiuuid === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "cmiuuid"},message:"must have required property '"+"cmiuuid"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = {};
props0.cmiuuid = true;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cmiuid === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "cmiuid"},message:"must have required property '"+"cmiuid"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.cmiuid = true;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.status = true;
props0.cmiuuid = true;
props0.cmiuid = true;
props0.direction = true;
}
if(data.status !== undefined){
let data0 = data.status;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.cmiuuid !== undefined){
let data1 = data.cmiuuid;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err6 = {instancePath:instancePath+"/cmiuuid",schemaPath:"#/properties/cmiuuid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/cmiuuid",schemaPath:"#/properties/cmiuuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.cmiuid !== undefined){
let data2 = data.cmiuid;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err8 = {instancePath:instancePath+"/cmiuid",schemaPath:"#/properties/cmiuid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/cmiuid",schemaPath:"#/properties/cmiuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.direction !== undefined){
if(typeof data.direction !== "string"){
const err10 = {instancePath:instancePath+"/direction",schemaPath:"#/properties/direction/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate37.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate37.evaluated = {"dynamicProps":true,"dynamicItems":false};

