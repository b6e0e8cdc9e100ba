// Generated from schema/outgoing-hangup.schema.json by `npm run generate`. Do not edit.
// @ts-nocheck
/* eslint-disable */
"use strict";
export const validateHangup = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://unpkg.com/telecmi-hangup/schema/outgoing-hangup.schema.json","title":"TeleCMI outgoing hangup live event","description":"The JSON body TeleCMI posts to a customer's webhook URL when one leg of an outgoing call hangs up. It describes the wire format as TeleCMI sends it across its documentation versions: phone numbers may be numbers or strings, ids and timestamps may be numbers or digit strings, click_to_call may be a boolean or the text \"true\"/\"false\". Fields it does not list are allowed.","type":"object","required":["status","direction","leg","type","cmiuuid","app_id","time"],"properties":{"status":{"description":"Status of the call. Always \"hangup\" for this event.","const":"hangup"},"direction":{"description":"Direction of the call. Always \"outbound\" for this event.","const":"outbound"},"leg":{"description":"Leg of the call: \"a\" is the caller (the agent's side), \"b\" the callee.","enum":["a","b"]},"type":{"description":"Kind of notification: \"cdr\" or \"event\".","type":"string","minLength":1},"cmiuuid":{"description":"Unique id of this call leg.","type":"string","minLength":1},"app_id":{"description":"The customer's TeleCMI app id.","$ref":"#/$defs/integerLike"},"time":{"description":"Timestamp of the event, in milliseconds since the Unix epoch.","$ref":"#/$defs/integerLike"},"callerid":{"description":"Caller id of the call: the number shown to the called party. Leading zeros are part of the number.","$ref":"#/$defs/phoneNumber"},"to":{"description":"The number the call was made to (leg a).","$ref":"#/$defs/phoneNumber"},"from":{"description":"The number the call came from (leg b).","$ref":"#/$defs/phoneNumber"},"user":{"description":"Unique id of the user (agent) who placed the call.","type":"string"},"click_to_call":{"description":"Whether the call was placed through the click-to-call API.","$ref":"#/$defs/booleanLike"},"conversation_uuid":{"description":"Unique id of the whole conversation; both legs of a call share it.","type":"string"},"request_id":{"description":"Id of the click-to-call request that placed the call.","type":"string"},"call_id":{"description":"TeleCMI's id of the call (current documentation only).","type":"string"},"custom":{"description":"Custom data attached to the call by the customer, usually JSON text.","type":"string"},"extra_params":{"description":"Extra parameters of the call, usually JSON text.","type":"string"}},"examples":[{"leg":"a","type":"event","click_to_call":"true","user":"109_1111113","cmiuuid":"d965c6e0-5493-44f8-8d7d-b9a8077013a4","direction":"outbound","callerid":"04471000000","app_id":1111113,"time":1571122196059,"request_id":"s96C6XK1BUHX0oVZfOo5NhoJfZZJd0y1nmrNN6dhdkW","status":"hangup","to":9100000000,"conversation_uuid":"d965c6e0-5493-44f8-8d7d-b9a8077013a4"},{"leg":"b","type":"event","click_to_call":"true","user":"109_1111113","cmiuuid":"1e12c087-e5bb-4e77-8e42-1249fa40a99b","direction":"outbound","callerid":"04471000000","app_id":1111113,"time":1571122196059,"status":"hangup","from":9100000000,"conversation_uuid":"d965c6e0-5493-44f8-8d7d-b9a8077013a4"},{"call_id":"e51d5392-d9cf-123b-fe91-3cecefb9bfb6","leg":"a","type":"event","user":"202_2222223","cmiuuid":"ccd826f9-67a4-4467-acfb-a53093ff5c9d","direction":"outbound","callerid":"442000000000","app_id":2223343,"time":1650635340436,"custom":"{\"crm\":\"true\"}","extra_params":"{\"click2call\":\"true\"}","request_id":"bvS68LlqtFunYMQO0db6g9klSdfS0UHHDoK9S9Qvaed","status":"hangup","to":"442000000001","conversation_uuid":"ccd826f9-67a4-4467-acfb-a53093ff5c9d"}],"$defs":{"phoneNumber":{"description":"A phone number: digits, as a string (leading zeros kept) or as a JSON integer (no larger than 2^53 - 1, so no digit is lost in parsing).","anyOf":[{"type":"string","pattern":"^[0-9]{1,32}$"},{"type":"integer","minimum":0,"maximum":9007199254740991}]},"integerLike":{"description":"A non-negative integer, as a JSON integer or as a string of at most 15 digits.","anyOf":[{"type":"integer","minimum":0,"maximum":9007199254740991},{"type":"string","pattern":"^[0-9]{1,15}$"}]},"booleanLike":{"description":"A boolean, as JSON true/false or as the text \"true\"/\"false\".","anyOf":[{"type":"boolean"},{"enum":["true","false"]}]},"liveEvent":{"description":"Any TeleCMI live event (started, answered, hangup, inbound or outbound): the envelope every notification to the webhook URL shares. A payload that matches this but not the outgoing hangup schema is a notification the hangup endpoint acknowledges and ignores.","type":"object","required":["status","cmiuuid"],"properties":{"status":{"type":"string","minLength":1},"cmiuuid":{"type":"string","minLength":1},"direction":{"type":"string"}}}}};
const schema32 = {"description":"A non-negative integer, as a JSON integer or as a string of at most 15 digits.","anyOf":[{"type":"integer","minimum":0,"maximum":9007199254740991},{"type":"string","pattern":"^[0-9]{1,15}$"}]};
const schema34 = {"description":"A phone number: digits, as a string (leading zeros kept) or as a JSON integer (no larger than 2^53 - 1, so no digit is lost in parsing).","anyOf":[{"type":"string","pattern":"^[0-9]{1,32}$"},{"type":"integer","minimum":0,"maximum":9007199254740991}]};
const schema37 = {"description":"A boolean, as JSON true/false or as the text \"true\"/\"false\".","anyOf":[{"type":"boolean"},{"enum":["true","false"]}]};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[0-9]{1,15}$", "u");
const pattern6 = new RegExp("^[0-9]{1,32}$", "u");

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
if(data.status !== undefined){
if("hangup" !== data.status){
const err7 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "hangup"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.direction !== undefined){
if("outbound" !== data.direction){
const err8 = {instancePath:instancePath+"/direction",schemaPath:"#/properties/direction/const",keyword:"const",params:{allowedValue: "outbound"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.leg !== undefined){
let data2 = data.leg;
if(!((data2 === "a") || (data2 === "b"))){
const err9 = {instancePath:instancePath+"/leg",schemaPath:"#/properties/leg/enum",keyword:"enum",params:{allowedValues: schema31.properties.leg.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.type !== undefined){
let data3 = data.type;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err10 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.cmiuuid !== undefined){
let data4 = data.cmiuuid;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err12 = {instancePath:instancePath+"/cmiuuid",schemaPath:"#/properties/cmiuuid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/cmiuuid",schemaPath:"#/properties/cmiuuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.app_id !== undefined){
let data5 = data.app_id;
const _errs10 = errors;
let valid2 = false;
const _errs11 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err14 = {instancePath:instancePath+"/app_id",schemaPath:"#/$defs/integerLike/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 9007199254740991 || isNaN(data5)){
const err15 = {instancePath:instancePath+"/app_id",schemaPath:"#/$defs/integerLike/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/app_id",schemaPath:"#/$defs/integerLike/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var _valid0 = _errs11 === errors;
valid2 = valid2 || _valid0;
const _errs13 = errors;
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err17 = {instancePath:instancePath+"/app_id",schemaPath:"#/$defs/integerLike/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/app_id",schemaPath:"#/$defs/integerLike/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err19 = {instancePath:instancePath+"/app_id",schemaPath:"#/$defs/integerLike/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(data.time !== undefined){
let data6 = data.time;
const _errs17 = errors;
let valid4 = false;
const _errs18 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err20 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/integerLike/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 9007199254740991 || isNaN(data6)){
const err21 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/integerLike/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err22 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/integerLike/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
var _valid1 = _errs18 === errors;
valid4 = valid4 || _valid1;
const _errs20 = errors;
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
const err23 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/integerLike/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\""};
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
const err24 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/integerLike/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid1 = _errs20 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const err25 = {instancePath:instancePath+"/time",schemaPath:"#/$defs/integerLike/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
if(data.callerid !== undefined){
let data7 = data.callerid;
const _errs24 = errors;
let valid6 = false;
const _errs25 = errors;
if(typeof data7 === "string"){
if(!pattern6.test(data7)){
const err26 = {instancePath:instancePath+"/callerid",schemaPath:"#/$defs/phoneNumber/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,32}$"},message:"must match pattern \""+"^[0-9]{1,32}$"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/callerid",schemaPath:"#/$defs/phoneNumber/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid2 = _errs25 === errors;
valid6 = valid6 || _valid2;
const _errs27 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err28 = {instancePath:instancePath+"/callerid",schemaPath:"#/$defs/phoneNumber/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 9007199254740991 || isNaN(data7)){
const err29 = {instancePath:instancePath+"/callerid",schemaPath:"#/$defs/phoneNumber/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err30 = {instancePath:instancePath+"/callerid",schemaPath:"#/$defs/phoneNumber/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
var _valid2 = _errs27 === errors;
valid6 = valid6 || _valid2;
if(!valid6){
const err31 = {instancePath:instancePath+"/callerid",schemaPath:"#/$defs/phoneNumber/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
}
if(data.to !== undefined){
let data8 = data.to;
const _errs31 = errors;
let valid8 = false;
const _errs32 = errors;
if(typeof data8 === "string"){
if(!pattern6.test(data8)){
const err32 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/phoneNumber/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,32}$"},message:"must match pattern \""+"^[0-9]{1,32}$"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/phoneNumber/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid3 = _errs32 === errors;
valid8 = valid8 || _valid3;
const _errs34 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err34 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/phoneNumber/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 9007199254740991 || isNaN(data8)){
const err35 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/phoneNumber/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err36 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/phoneNumber/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
var _valid3 = _errs34 === errors;
valid8 = valid8 || _valid3;
if(!valid8){
const err37 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/phoneNumber/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
}
}
if(data.from !== undefined){
let data9 = data.from;
const _errs38 = errors;
let valid10 = false;
const _errs39 = errors;
if(typeof data9 === "string"){
if(!pattern6.test(data9)){
const err38 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/phoneNumber/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,32}$"},message:"must match pattern \""+"^[0-9]{1,32}$"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/phoneNumber/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid4 = _errs39 === errors;
valid10 = valid10 || _valid4;
const _errs41 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err40 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/phoneNumber/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 9007199254740991 || isNaN(data9)){
const err41 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/phoneNumber/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err42 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/phoneNumber/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
var _valid4 = _errs41 === errors;
valid10 = valid10 || _valid4;
if(!valid10){
const err43 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/phoneNumber/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
else {
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
}
}
if(data.user !== undefined){
if(typeof data.user !== "string"){
const err44 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.click_to_call !== undefined){
let data11 = data.click_to_call;
const _errs47 = errors;
let valid12 = false;
const _errs48 = errors;
if(typeof data11 !== "boolean"){
const err45 = {instancePath:instancePath+"/click_to_call",schemaPath:"#/$defs/booleanLike/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid5 = _errs48 === errors;
valid12 = valid12 || _valid5;
const _errs50 = errors;
if(!((data11 === "true") || (data11 === "false"))){
const err46 = {instancePath:instancePath+"/click_to_call",schemaPath:"#/$defs/booleanLike/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema37.anyOf[1].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid5 = _errs50 === errors;
valid12 = valid12 || _valid5;
if(!valid12){
const err47 = {instancePath:instancePath+"/click_to_call",schemaPath:"#/$defs/booleanLike/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
else {
errors = _errs47;
if(vErrors !== null){
if(_errs47){
vErrors.length = _errs47;
}
else {
vErrors = null;
}
}
}
}
if(data.conversation_uuid !== undefined){
if(typeof data.conversation_uuid !== "string"){
const err48 = {instancePath:instancePath+"/conversation_uuid",schemaPath:"#/properties/conversation_uuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.request_id !== undefined){
if(typeof data.request_id !== "string"){
const err49 = {instancePath:instancePath+"/request_id",schemaPath:"#/properties/request_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.call_id !== undefined){
if(typeof data.call_id !== "string"){
const err50 = {instancePath:instancePath+"/call_id",schemaPath:"#/properties/call_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.custom !== undefined){
if(typeof data.custom !== "string"){
const err51 = {instancePath:instancePath+"/custom",schemaPath:"#/properties/custom/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.extra_params !== undefined){
if(typeof data.extra_params !== "string"){
const err52 = {instancePath:instancePath+"/extra_params",schemaPath:"#/properties/extra_params/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"status":true,"direction":true,"leg":true,"type":true,"cmiuuid":true,"app_id":true,"time":true,"callerid":true,"to":true,"from":true,"user":true,"click_to_call":true,"conversation_uuid":true,"request_id":true,"call_id":true,"custom":true,"extra_params":true},"dynamicProps":false,"dynamicItems":false};

export const validateLiveEvent = validate21;
const schema38 = {"description":"Any TeleCMI live event (started, answered, hangup, inbound or outbound): the envelope every notification to the webhook URL shares. A payload that matches this but not the outgoing hangup schema is a notification the hangup endpoint acknowledges and ignores.","type":"object","required":["status","cmiuuid"],"properties":{"status":{"type":"string","minLength":1},"cmiuuid":{"type":"string","minLength":1},"direction":{"type":"string"}}};

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
if(data.cmiuuid === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cmiuuid"},message:"must have required property '"+"cmiuuid"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.cmiuuid !== undefined){
let data1 = data.cmiuuid;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err4 = {instancePath:instancePath+"/cmiuuid",schemaPath:"#/properties/cmiuuid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err5 = {instancePath:instancePath+"/cmiuuid",schemaPath:"#/properties/cmiuuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.direction !== undefined){
if(typeof data.direction !== "string"){
const err6 = {instancePath:instancePath+"/direction",schemaPath:"#/properties/direction/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"status":true,"cmiuuid":true,"direction":true},"dynamicProps":false,"dynamicItems":false};

