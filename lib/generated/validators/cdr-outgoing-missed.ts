// Generated from the schemas in schema/ by `npm run generate`. Do not edit.
// @ts-nocheck
/* eslint-disable */
"use strict";
export const validate = validate32;
const schema132 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://unpkg.com/telecmi-hangup/schema/cdr-outgoing-missed.schema.json","title":"TeleCMI missed outgoing call record","description":"The call detail record TeleCMI posts once a leg of an outgoing call ended unanswered (cancelled or rejected). Kind \"cdr.outgoing.missed\". It describes the wire format across TeleCMI's doc editions: phone numbers as numbers or strings (leading zeros and \"+\" kept as strings), ids, times and durations as numbers or digit strings, booleans as true/false or the text \"true\"/\"false\", app_id and cmiuuid under their older spellings appid and cmiuid. Fields it does not list are allowed.","type":"object","required":["status","direction","type","time"],"allOf":[{"description":"cmiuuid is required, under that name or its older spelling cmiuid: an object must not lack both.","not":{"type":"object","properties":{"cmiuuid":false,"cmiuid":false}}},{"description":"app_id is required, under that name or its older spelling appid: an object must not lack both.","not":{"type":"object","properties":{"app_id":false,"appid":false}}}],"properties":{"type":{"description":"Family of the notification: always \"cdr\", a call detail record sent once the leg is over.","const":"cdr"},"direction":{"description":"Direction of the call: always \"outbound\" for this notification.","const":"outbound"},"status":{"description":"Status of the call: always \"missed\" for this notification.","const":"missed"},"leg":{"description":"Leg of the record: \"a\" is the agent who dials, \"b\" the customer called. Older editions leave it out.","enum":["a","b"]},"cmiuuid":{"description":"Unique id of this call leg.","type":"string","minLength":1},"cmiuid":{"description":"Older spelling of cmiuuid. The notification carries its value as cmiuuid; both spellings with different values are refused.","deprecated":true,"$ref":"#/properties/cmiuuid"},"app_id":{"description":"The customer's TeleCMI app id.","$ref":"#/$defs/integerLike"},"appid":{"description":"Older spelling of app_id, used by TeleCMI's call detail record samples. The notification carries its value as app_id; both spellings with different values are refused.","deprecated":true,"$ref":"#/properties/app_id"},"time":{"description":"When TeleCMI sent the notification, in milliseconds since the Unix epoch.","$ref":"#/$defs/timestamp"},"conversation_uuid":{"description":"Unique id of the whole conversation: every leg and notification of one call shares it.","type":"string"},"user":{"description":"Unique id of the user (agent) who placed the call.","type":"string"},"virtual_number":{"description":"The TeleCMI number the outgoing call was placed from.","$ref":"#/$defs/phoneNumber"},"callerid":{"description":"Caller id of the call: the number shown to the called party. Leading zeros and a leading \"+\" are part of the number.","$ref":"#/$defs/phoneNumber"},"to":{"description":"The number called.","$ref":"#/$defs/phoneNumber"},"from":{"description":"The number the call came from.","$ref":"#/$defs/phoneNumber"},"hangup_reason":{"description":"How the leg ended. TeleCMI lists \"sent_bye\" (the call ended by the user), \"recv_bye\" (ended by the caller), \"recv_cancel\" (ended because the user did not answer) and \"sent_reject\" (rejected by the user). They read from TeleCMI's side of this leg: recv_ means TeleCMI received the hang-up (BYE) or cancel from the phone on this leg; sent_ means TeleCMI sent the hang-up or rejection to it, on behalf of the other leg or itself. Other values are kept as sent.","anyOf":[{"enum":["sent_bye","recv_bye","recv_cancel","sent_reject"]},{"type":"string","minLength":1}]},"click_to_call":{"description":"Whether the call was placed through the click-to-call API.","$ref":"#/$defs/booleanLike"},"request_id":{"description":"Id of the click-to-call request that placed the call.","type":"string"},"call_id":{"description":"TeleCMI's id of the call.","type":"string"},"custom":{"description":"Custom data attached to the call by the customer, usually JSON text such as \"{\\\"crm\\\":\\\"true\\\"}\". Kept as sent; the notification adds the decoded object as customData.","type":"string"},"extra_params":{"description":"Extra parameters of a click-to-call request, usually JSON text. Kept as sent; the notification adds the decoded object as extraParamsData.","type":"string"}},"examples":[{"virtual_number":"440000000000","call_id":"c4504776-d91e-123b-29a7-56000429abc3","custom":"{\"crm\":\"true\"}","leg":"a","type":"cdr","appid":2222223,"to":442000000000,"cmiuuid":"15b58236-734f-4000-a5e8-78284068f5c7","status":"missed","user":"202_2222223","time":1650628175336,"direction":"outbound","hangup_reason":"recv_cancel","request_id":"D8qpRb27mpXEYgEdAMY6arnQ2ONAB04Y86QrfKbOWZQ","extra_params":"{\"click2call\":\"true\"}"},{"virtual_number":"440000000000","call_id":"c4504776-d91e-123b-29a7-56000429abc3","custom":"{\"crm\":\"true\"}","leg":"b","type":"cdr","appid":2222223,"to":442000000001,"cmiuuid":"7686c396-ecdf-436d-9633-94c307f093e7","status":"missed","user":"202_2222223","time":1650628237610,"direction":"outbound","hangup_reason":"sent_reject","request_id":"bsGsOLY9QBUc6URW5olXiGmO58cDH6X3VetRFjZjfKS","extra_params":"{\"click2call\":\"true\"}"}],"$defs":{"phoneNumber":{"description":"A phone number: digits, optionally after a leading \"+\", as a string (leading zeros and \"+\" kept), or a JSON integer (no larger than 2^53 - 1, so no digit is lost in parsing).","anyOf":[{"type":"string","pattern":"^\\+?[0-9]{1,32}$"},{"type":"integer","minimum":0,"maximum":9007199254740991}]},"integerLike":{"description":"A non-negative integer: a JSON integer no larger than 2^53 - 1, or a string of at most 15 digits.","anyOf":[{"type":"integer","minimum":0,"maximum":9007199254740991},{"type":"string","pattern":"^[0-9]{1,15}$"}]},"timestamp":{"description":"A time in milliseconds since the Unix epoch, as a JSON integer or a string of at most 15 digits; no later than 8640000000000000, the last instant a JavaScript Date can hold.","anyOf":[{"type":"integer","minimum":0,"maximum":8640000000000000},{"type":"string","pattern":"^[0-9]{1,15}$"}]},"booleanLike":{"description":"A boolean, as JSON true/false or as the text \"true\"/\"false\".","anyOf":[{"type":"boolean"},{"enum":["true","false"]}]}}};
const schema133 = {"description":"Unique id of this call leg.","type":"string","minLength":1};
const schema134 = {"description":"A non-negative integer: a JSON integer no larger than 2^53 - 1, or a string of at most 15 digits.","anyOf":[{"type":"integer","minimum":0,"maximum":9007199254740991},{"type":"string","pattern":"^[0-9]{1,15}$"}]};
const schema136 = {"description":"A time in milliseconds since the Unix epoch, as a JSON integer or a string of at most 15 digits; no later than 8640000000000000, the last instant a JavaScript Date can hold.","anyOf":[{"type":"integer","minimum":0,"maximum":8640000000000000},{"type":"string","pattern":"^[0-9]{1,15}$"}]};
const schema137 = {"description":"A phone number: digits, optionally after a leading \"+\", as a string (leading zeros and \"+\" kept), or a JSON integer (no larger than 2^53 - 1, so no digit is lost in parsing).","anyOf":[{"type":"string","pattern":"^\\+?[0-9]{1,32}$"},{"type":"integer","minimum":0,"maximum":9007199254740991}]};
const schema141 = {"description":"A boolean, as JSON true/false or as the text \"true\"/\"false\".","anyOf":[{"type":"boolean"},{"enum":["true","false"]}]};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[0-9]{1,15}$", "u");
const pattern7 = new RegExp("^\\+?[0-9]{1,32}$", "u");

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://unpkg.com/telecmi-hangup/schema/cdr-outgoing-missed.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
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
if(data.type === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.time === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.type !== undefined){
if("cdr" !== data.type){
const err12 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "cdr"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.direction !== undefined){
if("outbound" !== data.direction){
const err13 = {instancePath:instancePath+"/direction",schemaPath:"#/properties/direction/const",keyword:"const",params:{allowedValue: "outbound"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.status !== undefined){
if("missed" !== data.status){
const err14 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "missed"},message:"must be equal to constant"};
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
let data7 = data.leg;
if(!((data7 === "a") || (data7 === "b"))){
const err15 = {instancePath:instancePath+"/leg",schemaPath:"#/properties/leg/enum",keyword:"enum",params:{allowedValues: schema132.properties.leg.enum},message:"must be equal to one of the allowed values"};
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
let data8 = data.cmiuuid;
if(typeof data8 === "string"){
if(func1(data8) < 1){
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
let data9 = data.cmiuid;
if(typeof data9 === "string"){
if(func1(data9) < 1){
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
let data10 = data.app_id;
const _errs20 = errors;
let valid8 = false;
const _errs21 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err20 = {instancePath:instancePath+"/app_id",schemaPath:"#/$defs/integerLike/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 9007199254740991 || isNaN(data10)){
const err21 = {instancePath:instancePath+"/app_id",schemaPath:"#/$defs/integerLike/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err22 = {instancePath:instancePath+"/app_id",schemaPath:"#/$defs/integerLike/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
var _valid0 = _errs21 === errors;
valid8 = valid8 || _valid0;
const _errs23 = errors;
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
const err23 = {instancePath:instancePath+"/app_id",schemaPath:"#/$defs/integerLike/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\""};
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
const err24 = {instancePath:instancePath+"/app_id",schemaPath:"#/$defs/integerLike/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid0 = _errs23 === errors;
valid8 = valid8 || _valid0;
if(!valid8){
const err25 = {instancePath:instancePath+"/app_id",schemaPath:"#/$defs/integerLike/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
}
}
if(data.appid !== undefined){
let data11 = data.appid;
const _errs27 = errors;
let valid10 = false;
const _errs28 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err26 = {instancePath:instancePath+"/appid",schemaPath:"#/properties/app_id/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 9007199254740991 || isNaN(data11)){
const err27 = {instancePath:instancePath+"/appid",schemaPath:"#/properties/app_id/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err28 = {instancePath:instancePath+"/appid",schemaPath:"#/properties/app_id/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
var _valid1 = _errs28 === errors;
valid10 = valid10 || _valid1;
const _errs30 = errors;
if(typeof data11 === "string"){
if(!pattern4.test(data11)){
const err29 = {instancePath:instancePath+"/appid",schemaPath:"#/properties/app_id/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\""};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/appid",schemaPath:"#/properties/app_id/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid1 = _errs30 === errors;
valid10 = valid10 || _valid1;
if(!valid10){
const err31 = {instancePath:instancePath+"/appid",schemaPath:"#/properties/app_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
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
if(data.time !== undefined){
let data12 = data.time;
const _errs34 = errors;
let valid12 = false;
const _errs35 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err32 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 8640000000000000 || isNaN(data12)){
const err33 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8640000000000000},message:"must be <= 8640000000000000"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data12 < 0 || isNaN(data12)){
const err34 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
var _valid2 = _errs35 === errors;
valid12 = valid12 || _valid2;
const _errs37 = errors;
if(typeof data12 === "string"){
if(!pattern4.test(data12)){
const err35 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid2 = _errs37 === errors;
valid12 = valid12 || _valid2;
if(!valid12){
const err37 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/timestamp/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
errors = _errs34;
if(vErrors !== null){
if(_errs34){
vErrors.length = _errs34;
}
else {
vErrors = null;
}
}
}
}
if(data.conversation_uuid !== undefined){
if(typeof data.conversation_uuid !== "string"){
const err38 = {instancePath:instancePath+"/conversation_uuid",schemaPath:"#/properties/conversation_uuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.user !== undefined){
if(typeof data.user !== "string"){
const err39 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.virtual_number !== undefined){
let data15 = data.virtual_number;
const _errs45 = errors;
let valid14 = false;
const _errs46 = errors;
if(typeof data15 === "string"){
if(!pattern7.test(data15)){
const err40 = {instancePath:instancePath+"/virtual_number",schemaPath:"#/$defs/phoneNumber/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9]{1,32}$"},message:"must match pattern \""+"^\\+?[0-9]{1,32}$"+"\""};
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
const err41 = {instancePath:instancePath+"/virtual_number",schemaPath:"#/$defs/phoneNumber/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid3 = _errs46 === errors;
valid14 = valid14 || _valid3;
const _errs48 = errors;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err42 = {instancePath:instancePath+"/virtual_number",schemaPath:"#/$defs/phoneNumber/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 9007199254740991 || isNaN(data15)){
const err43 = {instancePath:instancePath+"/virtual_number",schemaPath:"#/$defs/phoneNumber/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data15 < 0 || isNaN(data15)){
const err44 = {instancePath:instancePath+"/virtual_number",schemaPath:"#/$defs/phoneNumber/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
var _valid3 = _errs48 === errors;
valid14 = valid14 || _valid3;
if(!valid14){
const err45 = {instancePath:instancePath+"/virtual_number",schemaPath:"#/$defs/phoneNumber/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
else {
errors = _errs45;
if(vErrors !== null){
if(_errs45){
vErrors.length = _errs45;
}
else {
vErrors = null;
}
}
}
}
if(data.callerid !== undefined){
let data16 = data.callerid;
const _errs52 = errors;
let valid16 = false;
const _errs53 = errors;
if(typeof data16 === "string"){
if(!pattern7.test(data16)){
const err46 = {instancePath:instancePath+"/callerid",schemaPath:"#/$defs/phoneNumber/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9]{1,32}$"},message:"must match pattern \""+"^\\+?[0-9]{1,32}$"+"\""};
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
const err47 = {instancePath:instancePath+"/callerid",schemaPath:"#/$defs/phoneNumber/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid4 = _errs53 === errors;
valid16 = valid16 || _valid4;
const _errs55 = errors;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err48 = {instancePath:instancePath+"/callerid",schemaPath:"#/$defs/phoneNumber/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 9007199254740991 || isNaN(data16)){
const err49 = {instancePath:instancePath+"/callerid",schemaPath:"#/$defs/phoneNumber/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data16 < 0 || isNaN(data16)){
const err50 = {instancePath:instancePath+"/callerid",schemaPath:"#/$defs/phoneNumber/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
var _valid4 = _errs55 === errors;
valid16 = valid16 || _valid4;
if(!valid16){
const err51 = {instancePath:instancePath+"/callerid",schemaPath:"#/$defs/phoneNumber/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
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
if(data.to !== undefined){
let data17 = data.to;
const _errs59 = errors;
let valid18 = false;
const _errs60 = errors;
if(typeof data17 === "string"){
if(!pattern7.test(data17)){
const err52 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/phoneNumber/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9]{1,32}$"},message:"must match pattern \""+"^\\+?[0-9]{1,32}$"+"\""};
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
const err53 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/phoneNumber/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
var _valid5 = _errs60 === errors;
valid18 = valid18 || _valid5;
const _errs62 = errors;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err54 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/phoneNumber/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 9007199254740991 || isNaN(data17)){
const err55 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/phoneNumber/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data17 < 0 || isNaN(data17)){
const err56 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/phoneNumber/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
var _valid5 = _errs62 === errors;
valid18 = valid18 || _valid5;
if(!valid18){
const err57 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/phoneNumber/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
else {
errors = _errs59;
if(vErrors !== null){
if(_errs59){
vErrors.length = _errs59;
}
else {
vErrors = null;
}
}
}
}
if(data.from !== undefined){
let data18 = data.from;
const _errs66 = errors;
let valid20 = false;
const _errs67 = errors;
if(typeof data18 === "string"){
if(!pattern7.test(data18)){
const err58 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/phoneNumber/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9]{1,32}$"},message:"must match pattern \""+"^\\+?[0-9]{1,32}$"+"\""};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/phoneNumber/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
var _valid6 = _errs67 === errors;
valid20 = valid20 || _valid6;
const _errs69 = errors;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err60 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/phoneNumber/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 9007199254740991 || isNaN(data18)){
const err61 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/phoneNumber/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data18 < 0 || isNaN(data18)){
const err62 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/phoneNumber/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
var _valid6 = _errs69 === errors;
valid20 = valid20 || _valid6;
if(!valid20){
const err63 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/phoneNumber/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
else {
errors = _errs66;
if(vErrors !== null){
if(_errs66){
vErrors.length = _errs66;
}
else {
vErrors = null;
}
}
}
}
if(data.hangup_reason !== undefined){
let data19 = data.hangup_reason;
const _errs72 = errors;
let valid21 = false;
const _errs73 = errors;
if(!((((data19 === "sent_bye") || (data19 === "recv_bye")) || (data19 === "recv_cancel")) || (data19 === "sent_reject"))){
const err64 = {instancePath:instancePath+"/hangup_reason",schemaPath:"#/properties/hangup_reason/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema132.properties.hangup_reason.anyOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
var _valid7 = _errs73 === errors;
valid21 = valid21 || _valid7;
const _errs74 = errors;
if(typeof data19 === "string"){
if(func1(data19) < 1){
const err65 = {instancePath:instancePath+"/hangup_reason",schemaPath:"#/properties/hangup_reason/anyOf/1/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/hangup_reason",schemaPath:"#/properties/hangup_reason/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
var _valid7 = _errs74 === errors;
valid21 = valid21 || _valid7;
if(!valid21){
const err67 = {instancePath:instancePath+"/hangup_reason",schemaPath:"#/properties/hangup_reason/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
else {
errors = _errs72;
if(vErrors !== null){
if(_errs72){
vErrors.length = _errs72;
}
else {
vErrors = null;
}
}
}
}
if(data.click_to_call !== undefined){
let data20 = data.click_to_call;
const _errs78 = errors;
let valid23 = false;
const _errs79 = errors;
if(typeof data20 !== "boolean"){
const err68 = {instancePath:instancePath+"/click_to_call",schemaPath:"#/$defs/booleanLike/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
var _valid8 = _errs79 === errors;
valid23 = valid23 || _valid8;
const _errs81 = errors;
if(!((data20 === "true") || (data20 === "false"))){
const err69 = {instancePath:instancePath+"/click_to_call",schemaPath:"#/$defs/booleanLike/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema141.anyOf[1].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
var _valid8 = _errs81 === errors;
valid23 = valid23 || _valid8;
if(!valid23){
const err70 = {instancePath:instancePath+"/click_to_call",schemaPath:"#/$defs/booleanLike/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
else {
errors = _errs78;
if(vErrors !== null){
if(_errs78){
vErrors.length = _errs78;
}
else {
vErrors = null;
}
}
}
}
if(data.request_id !== undefined){
if(typeof data.request_id !== "string"){
const err71 = {instancePath:instancePath+"/request_id",schemaPath:"#/properties/request_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.call_id !== undefined){
if(typeof data.call_id !== "string"){
const err72 = {instancePath:instancePath+"/call_id",schemaPath:"#/properties/call_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.custom !== undefined){
if(typeof data.custom !== "string"){
const err73 = {instancePath:instancePath+"/custom",schemaPath:"#/properties/custom/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.extra_params !== undefined){
if(typeof data.extra_params !== "string"){
const err74 = {instancePath:instancePath+"/extra_params",schemaPath:"#/properties/extra_params/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":{"type":true,"direction":true,"status":true,"leg":true,"cmiuuid":true,"cmiuid":true,"app_id":true,"appid":true,"time":true,"conversation_uuid":true,"user":true,"virtual_number":true,"callerid":true,"to":true,"from":true,"hangup_reason":true,"click_to_call":true,"request_id":true,"call_id":true,"custom":true,"extra_params":true},"dynamicProps":false,"dynamicItems":false};

