// Generated from schema/outgoing-hangup.schema.json by `npm run generate`. Do not edit.

/** The JSON Schema of the wire format, as in schema/outgoing-hangup.schema.json. */
export const hangupSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://unpkg.com/telecmi-hangup/schema/outgoing-hangup.schema.json",
  "title": "TeleCMI outgoing hangup live event",
  "description": "The JSON body TeleCMI posts to a customer's webhook URL when one leg of an outgoing call hangs up. It describes the wire format as TeleCMI sends it across its documentation versions: phone numbers may be numbers or strings, ids and timestamps may be numbers or digit strings, click_to_call may be a boolean or the text \"true\"/\"false\". Fields it does not list are allowed.",
  "type": "object",
  "required": [
    "status",
    "direction",
    "leg",
    "type",
    "cmiuuid",
    "app_id",
    "time"
  ],
  "properties": {
    "status": {
      "description": "Status of the call. Always \"hangup\" for this event.",
      "const": "hangup"
    },
    "direction": {
      "description": "Direction of the call. Always \"outbound\" for this event.",
      "const": "outbound"
    },
    "leg": {
      "description": "Leg of the call: \"a\" is the caller (the agent's side), \"b\" the callee.",
      "enum": [
        "a",
        "b"
      ]
    },
    "type": {
      "description": "Kind of notification: \"cdr\" or \"event\".",
      "type": "string",
      "minLength": 1
    },
    "cmiuuid": {
      "description": "Unique id of this call leg.",
      "type": "string",
      "minLength": 1
    },
    "app_id": {
      "description": "The customer's TeleCMI app id.",
      "$ref": "#/$defs/integerLike"
    },
    "time": {
      "description": "Timestamp of the event, in milliseconds since the Unix epoch.",
      "$ref": "#/$defs/integerLike"
    },
    "callerid": {
      "description": "Caller id of the call: the number shown to the called party. Leading zeros are part of the number.",
      "$ref": "#/$defs/phoneNumber"
    },
    "to": {
      "description": "The number the call was made to (leg a).",
      "$ref": "#/$defs/phoneNumber"
    },
    "from": {
      "description": "The number the call came from (leg b).",
      "$ref": "#/$defs/phoneNumber"
    },
    "user": {
      "description": "Unique id of the user (agent) who placed the call.",
      "type": "string"
    },
    "click_to_call": {
      "description": "Whether the call was placed through the click-to-call API.",
      "$ref": "#/$defs/booleanLike"
    },
    "conversation_uuid": {
      "description": "Unique id of the whole conversation; both legs of a call share it.",
      "type": "string"
    },
    "request_id": {
      "description": "Id of the click-to-call request that placed the call.",
      "type": "string"
    },
    "call_id": {
      "description": "TeleCMI's id of the call (current documentation only).",
      "type": "string"
    },
    "custom": {
      "description": "Custom data attached to the call by the customer, usually JSON text.",
      "type": "string"
    },
    "extra_params": {
      "description": "Extra parameters of the call, usually JSON text.",
      "type": "string"
    }
  },
  "examples": [
    {
      "leg": "a",
      "type": "event",
      "click_to_call": "true",
      "user": "109_1111113",
      "cmiuuid": "d965c6e0-5493-44f8-8d7d-b9a8077013a4",
      "direction": "outbound",
      "callerid": "04471000000",
      "app_id": 1111113,
      "time": 1571122196059,
      "request_id": "s96C6XK1BUHX0oVZfOo5NhoJfZZJd0y1nmrNN6dhdkW",
      "status": "hangup",
      "to": 9100000000,
      "conversation_uuid": "d965c6e0-5493-44f8-8d7d-b9a8077013a4"
    },
    {
      "leg": "b",
      "type": "event",
      "click_to_call": "true",
      "user": "109_1111113",
      "cmiuuid": "1e12c087-e5bb-4e77-8e42-1249fa40a99b",
      "direction": "outbound",
      "callerid": "04471000000",
      "app_id": 1111113,
      "time": 1571122196059,
      "status": "hangup",
      "from": 9100000000,
      "conversation_uuid": "d965c6e0-5493-44f8-8d7d-b9a8077013a4"
    },
    {
      "call_id": "e51d5392-d9cf-123b-fe91-3cecefb9bfb6",
      "leg": "a",
      "type": "event",
      "user": "202_2222223",
      "cmiuuid": "ccd826f9-67a4-4467-acfb-a53093ff5c9d",
      "direction": "outbound",
      "callerid": "442000000000",
      "app_id": 2223343,
      "time": 1650635340436,
      "custom": "{\"crm\":\"true\"}",
      "extra_params": "{\"click2call\":\"true\"}",
      "request_id": "bvS68LlqtFunYMQO0db6g9klSdfS0UHHDoK9S9Qvaed",
      "status": "hangup",
      "to": "442000000001",
      "conversation_uuid": "ccd826f9-67a4-4467-acfb-a53093ff5c9d"
    }
  ],
  "$defs": {
    "phoneNumber": {
      "description": "A phone number: digits, as a string (leading zeros kept) or as a JSON integer (no larger than 2^53 - 1, so no digit is lost in parsing).",
      "anyOf": [
        {
          "type": "string",
          "pattern": "^[0-9]{1,32}$"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 9007199254740991
        }
      ]
    },
    "integerLike": {
      "description": "A non-negative integer, as a JSON integer or as a string of at most 15 digits.",
      "anyOf": [
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 9007199254740991
        },
        {
          "type": "string",
          "pattern": "^[0-9]{1,15}$"
        }
      ]
    },
    "booleanLike": {
      "description": "A boolean, as JSON true/false or as the text \"true\"/\"false\".",
      "anyOf": [
        {
          "type": "boolean"
        },
        {
          "enum": [
            "true",
            "false"
          ]
        }
      ]
    },
    "liveEvent": {
      "description": "Any TeleCMI live event (started, answered, hangup, inbound or outbound): the envelope every notification to the webhook URL shares. A payload that matches this but not the outgoing hangup schema is a notification the hangup endpoint acknowledges and ignores.",
      "type": "object",
      "required": [
        "status",
        "cmiuuid"
      ],
      "properties": {
        "status": {
          "type": "string",
          "minLength": 1
        },
        "cmiuuid": {
          "type": "string",
          "minLength": 1
        },
        "direction": {
          "type": "string"
        }
      }
    }
  }
} as const;
