// Generated from the schemas in schema/ by `npm run generate`. Do not edit.
// @ts-nocheck
/* eslint-disable */
"use strict";
export const validate = validate33;
const schema142 = {"description":"An outgoing hangup exactly as the older documentation's property table (and its sample) lists it: those fields only, under their one spelling, with the table's types. app_id and time are JSON integers, click_to_call the text \"true\"/\"false\", phone numbers $defs/olderPhoneNumber. The strict option validates against this.","type":"object","required":["status","direction","leg","type","cmiuuid","app_id","time"],"additionalProperties":false,"properties":{"leg":{"$ref":"#/properties/leg"},"type":{"$ref":"#/properties/type"},"click_to_call":{"$ref":"#/properties/click_to_call","type":"string"},"user":{"$ref":"#/properties/user"},"cmiuuid":{"$ref":"#/properties/cmiuuid"},"direction":{"$ref":"#/properties/direction"},"callerid":{"$ref":"#/$defs/olderPhoneNumber"},"app_id":{"$ref":"#/properties/app_id","type":"integer"},"time":{"$ref":"#/properties/time","type":"integer"},"status":{"$ref":"#/properties/status"},"to":{"$ref":"#/$defs/olderPhoneNumber"},"from":{"$ref":"#/$defs/olderPhoneNumber"},"conversation_uuid":{"$ref":"#/properties/conversation_uuid"},"request_id":{"$ref":"#/properties/request_id"}}};
const schema143 = {"description":"Leg of the call: \"a\" is the caller (the agent's side), \"b\" the callee.","enum":["a","b"]};
const schema144 = {"description":"Kind of notification: \"event\" (a live event) or \"cdr\" (a call detail record, which may carry answeredsec, hangup_reason, record and filename).","type":"string","minLength":1};
const schema57 = {"description":"A boolean, as JSON true/false or as the text \"true\"/\"false\".","anyOf":[{"type":"boolean"},{"enum":["true","false"]}]};
const schema146 = {"description":"Unique id of the user (agent) who placed the call.","type":"string"};
const schema50 = {"description":"Unique id of this call leg.","type":"string","minLength":1};
const schema148 = {"description":"Direction of the call. Always \"outbound\" for this event.","const":"outbound"};
const schema149 = {"description":"A phone number as the older property table types it: a JSON integer, or a string of digits where a leading zero must survive (JSON numbers cannot carry one, and the older samples' 04471000000 arrives as the string \"04471000000\"). No \"+\".","anyOf":[{"type":"string","pattern":"^[0-9]{1,32}$"},{"type":"integer","minimum":0,"maximum":9007199254740991}]};
const schema51 = {"description":"A non-negative integer: a JSON integer no larger than 2^53 - 1, or a string of at most 15 digits.","anyOf":[{"type":"integer","minimum":0,"maximum":9007199254740991},{"type":"string","pattern":"^[0-9]{1,15}$"}]};
const schema53 = {"description":"A time in milliseconds since the Unix epoch, as a JSON integer or a string of at most 15 digits; no later than 8640000000000000, the last instant a JavaScript Date can hold.","anyOf":[{"type":"integer","minimum":0,"maximum":8640000000000000},{"type":"string","pattern":"^[0-9]{1,15}$"}]};
const schema152 = {"description":"Status of the call. Always \"hangup\" for this event.","const":"hangup"};
const schema155 = {"description":"Unique id of the whole conversation; both legs of a call share it.","type":"string"};
const schema156 = {"description":"Id of the click-to-call request that placed the call.","type":"string"};
const func33 = Object.prototype.hasOwnProperty;
const func1 = require("ajv/dist/runtime/ucs2length").default;
const pattern80 = new RegExp("^[0-9]{1,32}$", "u");
const pattern4 = new RegExp("^[0-9]{1,15}$", "u");

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
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
if(!(func33.call(schema142.properties, key0))){
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
const err8 = {instancePath:instancePath+"/leg",schemaPath:"#/properties/leg/enum",keyword:"enum",params:{allowedValues: schema143.enum},message:"must be equal to one of the allowed values"};
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
const err13 = {instancePath:instancePath+"/click_to_call",schemaPath:"#/properties/click_to_call/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema57.anyOf[1].enum},message:"must be equal to one of the allowed values"};
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
let data6 = data.callerid;
const _errs24 = errors;
let valid9 = false;
const _errs25 = errors;
if(typeof data6 === "string"){
if(!pattern80.test(data6)){
const err19 = {instancePath:instancePath+"/callerid",schemaPath:"#/$defs/olderPhoneNumber/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,32}$"},message:"must match pattern \""+"^[0-9]{1,32}$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/callerid",schemaPath:"#/$defs/olderPhoneNumber/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid1 = _errs25 === errors;
valid9 = valid9 || _valid1;
const _errs27 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err21 = {instancePath:instancePath+"/callerid",schemaPath:"#/$defs/olderPhoneNumber/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 9007199254740991 || isNaN(data6)){
const err22 = {instancePath:instancePath+"/callerid",schemaPath:"#/$defs/olderPhoneNumber/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err23 = {instancePath:instancePath+"/callerid",schemaPath:"#/$defs/olderPhoneNumber/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var _valid1 = _errs27 === errors;
valid9 = valid9 || _valid1;
if(!valid9){
const err24 = {instancePath:instancePath+"/callerid",schemaPath:"#/$defs/olderPhoneNumber/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
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
if(data.app_id !== undefined){
let data7 = data.app_id;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err25 = {instancePath:instancePath+"/app_id",schemaPath:"#/properties/app_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const _errs31 = errors;
let valid11 = false;
const _errs32 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err26 = {instancePath:instancePath+"/app_id",schemaPath:"#/properties/app_id/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 9007199254740991 || isNaN(data7)){
const err27 = {instancePath:instancePath+"/app_id",schemaPath:"#/properties/app_id/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err28 = {instancePath:instancePath+"/app_id",schemaPath:"#/properties/app_id/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
var _valid2 = _errs32 === errors;
valid11 = valid11 || _valid2;
const _errs34 = errors;
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
const err29 = {instancePath:instancePath+"/app_id",schemaPath:"#/properties/app_id/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\""};
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
const err30 = {instancePath:instancePath+"/app_id",schemaPath:"#/properties/app_id/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid2 = _errs34 === errors;
valid11 = valid11 || _valid2;
if(!valid11){
const err31 = {instancePath:instancePath+"/app_id",schemaPath:"#/properties/app_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
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
if(data.time !== undefined){
let data8 = data.time;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err32 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
const _errs39 = errors;
let valid13 = false;
const _errs40 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err33 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 8640000000000000 || isNaN(data8)){
const err34 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8640000000000000},message:"must be <= 8640000000000000"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err35 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
var _valid3 = _errs40 === errors;
valid13 = valid13 || _valid3;
const _errs42 = errors;
if(typeof data8 === "string"){
if(!pattern4.test(data8)){
const err36 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\""};
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
const err37 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid3 = _errs42 === errors;
valid13 = valid13 || _valid3;
if(!valid13){
const err38 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
errors = _errs39;
if(vErrors !== null){
if(_errs39){
vErrors.length = _errs39;
}
else {
vErrors = null;
}
}
}
}
if(data.status !== undefined){
if("hangup" !== data.status){
const err39 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/const",keyword:"const",params:{allowedValue: "hangup"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.to !== undefined){
let data10 = data.to;
const _errs49 = errors;
let valid16 = false;
const _errs50 = errors;
if(typeof data10 === "string"){
if(!pattern80.test(data10)){
const err40 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/olderPhoneNumber/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,32}$"},message:"must match pattern \""+"^[0-9]{1,32}$"+"\""};
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
const err41 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/olderPhoneNumber/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid4 = _errs50 === errors;
valid16 = valid16 || _valid4;
const _errs52 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err42 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/olderPhoneNumber/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 9007199254740991 || isNaN(data10)){
const err43 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/olderPhoneNumber/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err44 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/olderPhoneNumber/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
var _valid4 = _errs52 === errors;
valid16 = valid16 || _valid4;
if(!valid16){
const err45 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/olderPhoneNumber/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
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
let data11 = data.from;
const _errs56 = errors;
let valid18 = false;
const _errs57 = errors;
if(typeof data11 === "string"){
if(!pattern80.test(data11)){
const err46 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/olderPhoneNumber/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,32}$"},message:"must match pattern \""+"^[0-9]{1,32}$"+"\""};
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
const err47 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/olderPhoneNumber/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid5 = _errs57 === errors;
valid18 = valid18 || _valid5;
const _errs59 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err48 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/olderPhoneNumber/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 9007199254740991 || isNaN(data11)){
const err49 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/olderPhoneNumber/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err50 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/olderPhoneNumber/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
var _valid5 = _errs59 === errors;
valid18 = valid18 || _valid5;
if(!valid18){
const err51 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/olderPhoneNumber/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
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
if(data.conversation_uuid !== undefined){
if(typeof data.conversation_uuid !== "string"){
const err52 = {instancePath:instancePath+"/conversation_uuid",schemaPath:"#/properties/conversation_uuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.request_id !== undefined){
if(typeof data.request_id !== "string"){
const err53 = {instancePath:instancePath+"/request_id",schemaPath:"#/properties/request_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

