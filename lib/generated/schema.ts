// Generated from schema/outgoing-hangup.schema.json by `npm run generate`. Do not edit.

/** The JSON Schema of the wire format, as in schema/outgoing-hangup.schema.json. */
export const hangupSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://unpkg.com/telecmi-hangup/schema/outgoing-hangup.schema.json",
  "title": "TeleCMI outgoing hangup live event",
  "description": "The JSON body TeleCMI posts to a customer's webhook URL when one leg of an outgoing call hangs up. It describes the wire format as TeleCMI sends it across its documentation versions and products (live events and call detail records): phone numbers may be numbers or strings, with or without a leading \"+\"; ids, timestamps and durations may be numbers or digit strings; click_to_call and record may be booleans or the text \"true\"/\"false\"; app_id and cmiuuid may arrive under their older spellings appid and cmiuid. Fields it does not list are allowed. $defs/olderTable is the stricter form the older documentation's property table describes.",
  "type": "object",
  "required": [
    "status",
    "direction",
    "leg",
    "type",
    "time"
  ],
  "allOf": [
    {
      "description": "cmiuuid is required, under that name or its older spelling cmiuid: an object must not lack both.",
      "not": {
        "type": "object",
        "properties": {
          "cmiuuid": false,
          "cmiuid": false
        }
      }
    },
    {
      "description": "app_id is required, under that name or its older spelling appid: an object must not lack both.",
      "not": {
        "type": "object",
        "properties": {
          "app_id": false,
          "appid": false
        }
      }
    }
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
      "description": "Kind of notification: \"event\" (a live event) or \"cdr\" (a call detail record, which may carry answeredsec, hangup_reason, record and filename).",
      "type": "string",
      "minLength": 1
    },
    "cmiuuid": {
      "description": "Unique id of this call leg.",
      "type": "string",
      "minLength": 1
    },
    "cmiuid": {
      "description": "Older spelling of cmiuuid, seen in older payloads and third-party dumps. The event carries its value as cmiuuid; both spellings with different values are refused.",
      "deprecated": true,
      "$ref": "#/properties/cmiuuid"
    },
    "app_id": {
      "description": "The customer's TeleCMI app id.",
      "$ref": "#/$defs/integerLike"
    },
    "appid": {
      "description": "Older spelling of app_id, used by TeleCMI's call detail record samples. The event carries its value as app_id; both spellings with different values are refused.",
      "deprecated": true,
      "$ref": "#/properties/app_id"
    },
    "time": {
      "description": "Timestamp of the event, in milliseconds since the Unix epoch.",
      "$ref": "#/$defs/timestamp"
    },
    "callerid": {
      "description": "Caller id of the call: the number shown to the called party. Leading zeros and a leading \"+\" are part of the number.",
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
      "description": "Custom data attached to the call by the customer, usually JSON text such as \"{\\\"crm\\\":\\\"true\\\"}\". Kept as sent; the event adds the decoded object as customData.",
      "type": "string"
    },
    "extra_params": {
      "description": "Extra parameters of a click-to-call request, usually JSON text. Kept as sent; the event adds the decoded object as extraParamsData.",
      "type": "string"
    },
    "virtual_number": {
      "description": "The TeleCMI number the outbound call was placed from (call detail records), as a string or a number.",
      "$ref": "#/$defs/phoneNumber"
    },
    "answeredsec": {
      "description": "Seconds the leg was answered for (call detail records); 0 or absent when it was not answered.",
      "$ref": "#/$defs/integerLike"
    },
    "hangup_reason": {
      "description": "How the leg ended (call detail records). TeleCMI lists \"sent_bye\" (the call ended by the user), \"recv_bye\" (ended by the caller), \"recv_cancel\" (ended because the user did not answer) and \"sent_reject\" (rejected by the user). They read from TeleCMI's side of this leg: recv_ means TeleCMI received the hang-up (BYE) or cancel from the phone on this leg; sent_ means TeleCMI sent the hang-up or rejection to it, on behalf of the other leg or itself. Other values are kept as sent.",
      "anyOf": [
        {
          "enum": [
            "sent_bye",
            "recv_bye",
            "recv_cancel",
            "sent_reject"
          ]
        },
        {
          "type": "string",
          "minLength": 1
        }
      ]
    },
    "record": {
      "description": "Whether the call was recorded (call detail records); filename then names the recording.",
      "$ref": "#/$defs/booleanLike"
    },
    "filename": {
      "description": "File name of the call's recording, when record is true (call detail records).",
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
    },
    {
      "virtual_number": "440000000000",
      "call_id": "c4504776-d91e-123b-29a7-56000429abc3",
      "custom": "{\"crm\":\"true\"}",
      "leg": "b",
      "type": "cdr",
      "appid": 2222223,
      "to": 442000000001,
      "cmiuuid": "0da4f02e-6ece-42e4-989b-1e6766b5a81e",
      "status": "hangup",
      "user": "202_2222223",
      "time": 1650630551178,
      "direction": "outbound",
      "answeredsec": 6,
      "hangup_reason": "sent_bye",
      "request_id": "c0Sq3mbykoHgVgLfyWTr6cV6HB5Z0Fk4AXpZFkOClSr",
      "extra_params": "{\"click2call\":\"true\"}",
      "record": true,
      "filename": "16506305548176941220057791_2222223.mp3"
    }
  ],
  "$defs": {
    "phoneNumber": {
      "description": "A phone number: digits, optionally after a leading \"+\", as a string (leading zeros and \"+\" kept), or a JSON integer (no larger than 2^53 - 1, so no digit is lost in parsing).",
      "anyOf": [
        {
          "type": "string",
          "pattern": "^\\+?[0-9]{1,32}$"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 9007199254740991
        }
      ]
    },
    "integerLike": {
      "description": "A non-negative integer: a JSON integer no larger than 2^53 - 1, or a string of at most 15 digits.",
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
    "timestamp": {
      "description": "A time in milliseconds since the Unix epoch, as a JSON integer or a string of at most 15 digits; no later than 8640000000000000, the last instant a JavaScript Date can hold.",
      "anyOf": [
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 8640000000000000
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
    "olderPhoneNumber": {
      "description": "A phone number as the older property table types it: a JSON integer, or a string of digits where a leading zero must survive (JSON numbers cannot carry one, and the older samples' 04471000000 arrives as the string \"04471000000\"). No \"+\".",
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
    "olderTable": {
      "description": "An outgoing hangup exactly as the older documentation's property table (and its sample) lists it: those fields only, under their one spelling, with the table's types. app_id and time are JSON integers, click_to_call the text \"true\"/\"false\", phone numbers $defs/olderPhoneNumber. The strict option validates against this.",
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
      "additionalProperties": false,
      "properties": {
        "leg": {
          "$ref": "#/properties/leg"
        },
        "type": {
          "$ref": "#/properties/type"
        },
        "click_to_call": {
          "$ref": "#/properties/click_to_call",
          "type": "string"
        },
        "user": {
          "$ref": "#/properties/user"
        },
        "cmiuuid": {
          "$ref": "#/properties/cmiuuid"
        },
        "direction": {
          "$ref": "#/properties/direction"
        },
        "callerid": {
          "$ref": "#/$defs/olderPhoneNumber"
        },
        "app_id": {
          "$ref": "#/properties/app_id",
          "type": "integer"
        },
        "time": {
          "$ref": "#/properties/time",
          "type": "integer"
        },
        "status": {
          "$ref": "#/properties/status"
        },
        "to": {
          "$ref": "#/$defs/olderPhoneNumber"
        },
        "from": {
          "$ref": "#/$defs/olderPhoneNumber"
        },
        "conversation_uuid": {
          "$ref": "#/properties/conversation_uuid"
        },
        "request_id": {
          "$ref": "#/properties/request_id"
        }
      }
    },
    "liveEvent": {
      "description": "Any TeleCMI live event (started, answered, hangup, inbound or outbound): the envelope every notification to the webhook URL shares. A payload that matches this but not the outgoing hangup schema is a notification the hangup endpoint acknowledges and ignores.",
      "type": "object",
      "required": [
        "status"
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
        "cmiuid": {
          "type": "string",
          "minLength": 1
        },
        "direction": {
          "type": "string"
        }
      },
      "not": {
        "type": "object",
        "properties": {
          "cmiuuid": false,
          "cmiuid": false
        }
      }
    }
  }
} as const;
