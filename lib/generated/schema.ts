// Generated from the schemas in schema/ by `npm run generate`. Do not edit.

/** The JSON Schema of the outgoing hangup, as in schema/outgoing-hangup.schema.json. */
export const hangupSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://unpkg.com/telecmi-hangup/schema/outgoing-hangup.schema.json",
  "title": "TeleCMI outgoing hangup",
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
    },
    "team": {
      "description": "Never on an outgoing call: a leg that carries team is the agent leg of an incoming call (incoming.agent.hangup).",
      "not": {}
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
    }
  }
} as const;

/** The JSON Schema of each kind of notification, by kind, as in its file in schema/. */
export const notificationSchemas = {
  'outgoing.started': {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://unpkg.com/telecmi-hangup/schema/outgoing-started.schema.json",
  "title": "TeleCMI outgoing started",
  "description": "A live event TeleCMI posts when a leg of an agent's outgoing call starts (leg a: the agent dials; leg b: TeleCMI calls the customer). Kind \"outgoing.started\". It describes the wire format across TeleCMI's doc editions: phone numbers as numbers or strings (leading zeros and \"+\" kept as strings), ids, times and durations as numbers or digit strings, booleans as true/false or the text \"true\"/\"false\", app_id and cmiuuid under their older spellings appid and cmiuid. Fields it does not list are allowed.",
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
    "type": {
      "description": "Family of the notification: always \"event\", a live event sent while the call is in progress.",
      "const": "event"
    },
    "direction": {
      "description": "Direction of the call: always \"outbound\" for this notification.",
      "const": "outbound"
    },
    "status": {
      "description": "Status of the call: always \"started\" for this notification.",
      "const": "started"
    },
    "leg": {
      "description": "Leg of the call: \"a\" is the agent who dials, \"b\" the customer called.",
      "enum": [
        "a",
        "b"
      ]
    },
    "cmiuuid": {
      "description": "Unique id of this call leg.",
      "type": "string",
      "minLength": 1
    },
    "cmiuid": {
      "description": "Older spelling of cmiuuid. The notification carries its value as cmiuuid; both spellings with different values are refused.",
      "deprecated": true,
      "$ref": "#/properties/cmiuuid"
    },
    "app_id": {
      "description": "The customer's TeleCMI app id.",
      "$ref": "#/$defs/integerLike"
    },
    "appid": {
      "description": "Older spelling of app_id, used by TeleCMI's call detail record samples. The notification carries its value as app_id; both spellings with different values are refused.",
      "deprecated": true,
      "$ref": "#/properties/app_id"
    },
    "time": {
      "description": "When TeleCMI sent the notification, in milliseconds since the Unix epoch.",
      "$ref": "#/$defs/timestamp"
    },
    "conversation_uuid": {
      "description": "Unique id of the whole conversation: every leg and notification of one call shares it.",
      "type": "string"
    },
    "user": {
      "description": "Unique id of the user (agent) who placed the call.",
      "type": "string"
    },
    "callerid": {
      "description": "Caller id of the call: the number shown to the called party. Leading zeros and a leading \"+\" are part of the number.",
      "$ref": "#/$defs/phoneNumber"
    },
    "to": {
      "description": "The number called (leg a).",
      "$ref": "#/$defs/phoneNumber"
    },
    "from": {
      "description": "The number the call came from (leg b).",
      "$ref": "#/$defs/phoneNumber"
    },
    "click_to_call": {
      "description": "Whether the call was placed through the click-to-call API.",
      "$ref": "#/$defs/booleanLike"
    },
    "request_id": {
      "description": "Id of the click-to-call request that placed the call.",
      "type": "string"
    },
    "call_id": {
      "description": "TeleCMI's id of the call.",
      "type": "string"
    },
    "custom": {
      "description": "Custom data attached to the call by the customer, usually JSON text such as \"{\\\"crm\\\":\\\"true\\\"}\". Kept as sent; the notification adds the decoded object as customData.",
      "type": "string"
    },
    "extra_params": {
      "description": "Extra parameters of a click-to-call request, usually JSON text. Kept as sent; the notification adds the decoded object as extraParamsData.",
      "type": "string"
    },
    "team": {
      "description": "Never on an outgoing call: a leg that carries team is the agent leg of an incoming call.",
      "not": {}
    }
  },
  "examples": [
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
      "status": "started",
      "to": "442000000001",
      "conversation_uuid": "ccd826f9-67a4-4467-acfb-a53093ff5c9d"
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
    }
  }
},
  'outgoing.answered': {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://unpkg.com/telecmi-hangup/schema/outgoing-answered.schema.json",
  "title": "TeleCMI outgoing answered",
  "description": "A live event TeleCMI posts when a leg of an agent's outgoing call is answered. Kind \"outgoing.answered\". It describes the wire format across TeleCMI's doc editions: phone numbers as numbers or strings (leading zeros and \"+\" kept as strings), ids, times and durations as numbers or digit strings, booleans as true/false or the text \"true\"/\"false\", app_id and cmiuuid under their older spellings appid and cmiuid. Fields it does not list are allowed.",
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
    "type": {
      "description": "Family of the notification: always \"event\", a live event sent while the call is in progress.",
      "const": "event"
    },
    "direction": {
      "description": "Direction of the call: always \"outbound\" for this notification.",
      "const": "outbound"
    },
    "status": {
      "description": "Status of the call: always \"answered\" for this notification.",
      "const": "answered"
    },
    "leg": {
      "description": "Leg of the call: \"a\" is the agent who dials, \"b\" the customer called.",
      "enum": [
        "a",
        "b"
      ]
    },
    "cmiuuid": {
      "description": "Unique id of this call leg.",
      "type": "string",
      "minLength": 1
    },
    "cmiuid": {
      "description": "Older spelling of cmiuuid. The notification carries its value as cmiuuid; both spellings with different values are refused.",
      "deprecated": true,
      "$ref": "#/properties/cmiuuid"
    },
    "app_id": {
      "description": "The customer's TeleCMI app id.",
      "$ref": "#/$defs/integerLike"
    },
    "appid": {
      "description": "Older spelling of app_id, used by TeleCMI's call detail record samples. The notification carries its value as app_id; both spellings with different values are refused.",
      "deprecated": true,
      "$ref": "#/properties/app_id"
    },
    "time": {
      "description": "When TeleCMI sent the notification, in milliseconds since the Unix epoch.",
      "$ref": "#/$defs/timestamp"
    },
    "conversation_uuid": {
      "description": "Unique id of the whole conversation: every leg and notification of one call shares it.",
      "type": "string"
    },
    "user": {
      "description": "Unique id of the user (agent) who placed the call.",
      "type": "string"
    },
    "callerid": {
      "description": "Caller id of the call: the number shown to the called party. Leading zeros and a leading \"+\" are part of the number.",
      "$ref": "#/$defs/phoneNumber"
    },
    "to": {
      "description": "The number called (leg a).",
      "$ref": "#/$defs/phoneNumber"
    },
    "from": {
      "description": "The number the call came from (leg b).",
      "$ref": "#/$defs/phoneNumber"
    },
    "click_to_call": {
      "description": "Whether the call was placed through the click-to-call API.",
      "$ref": "#/$defs/booleanLike"
    },
    "request_id": {
      "description": "Id of the click-to-call request that placed the call.",
      "type": "string"
    },
    "call_id": {
      "description": "TeleCMI's id of the call.",
      "type": "string"
    },
    "custom": {
      "description": "Custom data attached to the call by the customer, usually JSON text such as \"{\\\"crm\\\":\\\"true\\\"}\". Kept as sent; the notification adds the decoded object as customData.",
      "type": "string"
    },
    "extra_params": {
      "description": "Extra parameters of a click-to-call request, usually JSON text. Kept as sent; the notification adds the decoded object as extraParamsData.",
      "type": "string"
    },
    "team": {
      "description": "Never on an outgoing call: a leg that carries team is the agent leg of an incoming call.",
      "not": {}
    }
  },
  "examples": [
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
      "status": "answered",
      "to": "442000000001",
      "conversation_uuid": "ccd826f9-67a4-4467-acfb-a53093ff5c9d"
    },
    {
      "call_id": "e51d5392-d9cf-123b-fe91-3cecefb9bfb6",
      "leg": "b",
      "type": "event",
      "user": "202_2222223",
      "cmiuuid": "81b3d612-3473-4ac3-ba6e-030ee508036f",
      "direction": "outbound",
      "callerid": "442000000000",
      "app_id": 2223343,
      "time": 1650635340436,
      "custom": "{\"crm\":\"true\"}",
      "extra_params": "{\"click2call\":\"true\"}",
      "request_id": "bvS68LlqtFunYMQO0db6g9klSdfS0UHHDoK9S9Qvaed",
      "status": "answered",
      "to": "442000000001",
      "conversation_uuid": "ccd826f9-67a4-4467-acfb-a53093ff5c9d"
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
    }
  }
},
  'outgoing.hangup': hangupSchema,
  'incoming.waiting': {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://unpkg.com/telecmi-hangup/schema/incoming-waiting.schema.json",
  "title": "TeleCMI incoming waiting",
  "description": "A live event TeleCMI posts when a caller reaches a virtual number and waits to be put through. Kind \"incoming.waiting\". It describes the wire format across TeleCMI's doc editions: phone numbers as numbers or strings (leading zeros and \"+\" kept as strings), ids, times and durations as numbers or digit strings, booleans as true/false or the text \"true\"/\"false\", app_id and cmiuuid under their older spellings appid and cmiuid. Fields it does not list are allowed.",
  "type": "object",
  "required": [
    "status",
    "direction",
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
    "type": {
      "description": "Family of the notification: always \"event\", a live event sent while the call is in progress.",
      "const": "event"
    },
    "direction": {
      "description": "Direction of the call: always \"inbound\" for this notification.",
      "const": "inbound"
    },
    "status": {
      "description": "Status of the call: always \"waiting\" for this notification.",
      "const": "waiting"
    },
    "leg": {
      "description": "Leg of the call: \"a\", the caller's. Current samples leave it out.",
      "enum": [
        "a",
        "b"
      ]
    },
    "cmiuuid": {
      "description": "Unique id of the caller's leg (the same as conversation_uuid in TeleCMI's samples).",
      "type": "string",
      "minLength": 1
    },
    "cmiuid": {
      "description": "Older spelling of cmiuuid. The notification carries its value as cmiuuid; both spellings with different values are refused.",
      "deprecated": true,
      "$ref": "#/properties/cmiuuid"
    },
    "app_id": {
      "description": "The customer's TeleCMI app id.",
      "$ref": "#/$defs/integerLike"
    },
    "appid": {
      "description": "Older spelling of app_id, used by TeleCMI's call detail record samples. The notification carries its value as app_id; both spellings with different values are refused.",
      "deprecated": true,
      "$ref": "#/properties/app_id"
    },
    "time": {
      "description": "When TeleCMI sent the notification, in milliseconds since the Unix epoch.",
      "$ref": "#/$defs/timestamp"
    },
    "conversation_uuid": {
      "description": "Unique id of the whole conversation: every leg and notification of one call shares it.",
      "type": "string"
    },
    "from": {
      "description": "The caller's number.",
      "$ref": "#/$defs/phoneNumber"
    },
    "to": {
      "description": "The number the caller dialled: the TeleCMI virtual number.",
      "$ref": "#/$defs/phoneNumber"
    },
    "custom": {
      "description": "Custom data attached to the call by the customer, usually JSON text such as \"{\\\"crm\\\":\\\"true\\\"}\". Kept as sent; the notification adds the decoded object as customData.",
      "type": "string"
    }
  },
  "examples": [
    {
      "type": "event",
      "direction": "inbound",
      "conversation_uuid": "5202a928-07c3-4d32-a1a4-d304c9275971",
      "cmiuuid": "5202a928-07c3-4d32-a1a4-d304c9275971",
      "from": "440000000000",
      "app_id": 2222223,
      "time": 1634724624830,
      "to": "440000000001",
      "custom": "{\"crm\": \"true\"}",
      "status": "waiting"
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
    }
  }
},
  'incoming.answered': {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://unpkg.com/telecmi-hangup/schema/incoming-answered.schema.json",
  "title": "TeleCMI incoming answered",
  "description": "A live event TeleCMI posts when the caller's leg of an incoming call is answered. Kind \"incoming.answered\". It describes the wire format across TeleCMI's doc editions: phone numbers as numbers or strings (leading zeros and \"+\" kept as strings), ids, times and durations as numbers or digit strings, booleans as true/false or the text \"true\"/\"false\", app_id and cmiuuid under their older spellings appid and cmiuid. Fields it does not list are allowed.",
  "type": "object",
  "required": [
    "status",
    "direction",
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
    "type": {
      "description": "Family of the notification: always \"event\", a live event sent while the call is in progress.",
      "const": "event"
    },
    "direction": {
      "description": "Direction of the call: always \"inbound\" for this notification.",
      "const": "inbound"
    },
    "status": {
      "description": "Status of the call: always \"answered\" for this notification.",
      "const": "answered"
    },
    "leg": {
      "description": "Leg of the call: \"a\", the caller's. Current samples leave it out.",
      "enum": [
        "a",
        "b"
      ]
    },
    "cmiuuid": {
      "description": "Unique id of the caller's leg (the same as conversation_uuid in TeleCMI's samples).",
      "type": "string",
      "minLength": 1
    },
    "cmiuid": {
      "description": "Older spelling of cmiuuid. The notification carries its value as cmiuuid; both spellings with different values are refused.",
      "deprecated": true,
      "$ref": "#/properties/cmiuuid"
    },
    "app_id": {
      "description": "The customer's TeleCMI app id.",
      "$ref": "#/$defs/integerLike"
    },
    "appid": {
      "description": "Older spelling of app_id, used by TeleCMI's call detail record samples. The notification carries its value as app_id; both spellings with different values are refused.",
      "deprecated": true,
      "$ref": "#/properties/app_id"
    },
    "time": {
      "description": "When TeleCMI sent the notification, in milliseconds since the Unix epoch.",
      "$ref": "#/$defs/timestamp"
    },
    "conversation_uuid": {
      "description": "Unique id of the whole conversation: every leg and notification of one call shares it.",
      "type": "string"
    },
    "from": {
      "description": "The caller's number.",
      "$ref": "#/$defs/phoneNumber"
    },
    "to": {
      "description": "The number the caller dialled: the TeleCMI virtual number.",
      "$ref": "#/$defs/phoneNumber"
    },
    "custom": {
      "description": "Custom data attached to the call by the customer, usually JSON text such as \"{\\\"crm\\\":\\\"true\\\"}\". Kept as sent; the notification adds the decoded object as customData.",
      "type": "string"
    }
  },
  "examples": [
    {
      "type": "event",
      "direction": "inbound",
      "conversation_uuid": "5202a928-07c3-4d32-a1a4-d304c9275971",
      "cmiuuid": "5202a928-07c3-4d32-a1a4-d304c9275971",
      "from": "440000000000",
      "app_id": 2222223,
      "time": 1634724624830,
      "to": "440000000001",
      "custom": "{\"crm\": \"true\"}",
      "status": "answered"
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
    }
  }
},
  'incoming.hangup': {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://unpkg.com/telecmi-hangup/schema/incoming-hangup.schema.json",
  "title": "TeleCMI incoming hangup",
  "description": "A live event TeleCMI posts when the caller's leg of an incoming call hangs up. Kind \"incoming.hangup\". It describes the wire format across TeleCMI's doc editions: phone numbers as numbers or strings (leading zeros and \"+\" kept as strings), ids, times and durations as numbers or digit strings, booleans as true/false or the text \"true\"/\"false\", app_id and cmiuuid under their older spellings appid and cmiuid. Fields it does not list are allowed.",
  "type": "object",
  "required": [
    "status",
    "direction",
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
    "type": {
      "description": "Family of the notification: always \"event\", a live event sent while the call is in progress.",
      "const": "event"
    },
    "direction": {
      "description": "Direction of the call: always \"inbound\" for this notification.",
      "const": "inbound"
    },
    "status": {
      "description": "Status of the call: always \"hangup\" for this notification.",
      "const": "hangup"
    },
    "leg": {
      "description": "Leg of the call: \"a\", the caller's. Current samples leave it out.",
      "enum": [
        "a",
        "b"
      ]
    },
    "cmiuuid": {
      "description": "Unique id of the caller's leg (the same as conversation_uuid in TeleCMI's samples).",
      "type": "string",
      "minLength": 1
    },
    "cmiuid": {
      "description": "Older spelling of cmiuuid. The notification carries its value as cmiuuid; both spellings with different values are refused.",
      "deprecated": true,
      "$ref": "#/properties/cmiuuid"
    },
    "app_id": {
      "description": "The customer's TeleCMI app id.",
      "$ref": "#/$defs/integerLike"
    },
    "appid": {
      "description": "Older spelling of app_id, used by TeleCMI's call detail record samples. The notification carries its value as app_id; both spellings with different values are refused.",
      "deprecated": true,
      "$ref": "#/properties/app_id"
    },
    "time": {
      "description": "When TeleCMI sent the notification, in milliseconds since the Unix epoch.",
      "$ref": "#/$defs/timestamp"
    },
    "conversation_uuid": {
      "description": "Unique id of the whole conversation: every leg and notification of one call shares it.",
      "type": "string"
    },
    "from": {
      "description": "The caller's number.",
      "$ref": "#/$defs/phoneNumber"
    },
    "to": {
      "description": "The number the caller dialled: the TeleCMI virtual number.",
      "$ref": "#/$defs/phoneNumber"
    },
    "custom": {
      "description": "Custom data attached to the call by the customer, usually JSON text such as \"{\\\"crm\\\":\\\"true\\\"}\". Kept as sent; the notification adds the decoded object as customData.",
      "type": "string"
    }
  },
  "examples": [
    {
      "type": "event",
      "direction": "inbound",
      "conversation_uuid": "7bf5fbab-5a1a-4cde-a0b6-aba843131950",
      "cmiuuid": "7bf5fbab-5a1a-4cde-a0b6-aba843131950",
      "from": "9100000000",
      "app_id": 1111113,
      "time": 1571122005000,
      "to": "4461000000",
      "status": "hangup"
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
    }
  }
},
  'incoming.agent.started': {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://unpkg.com/telecmi-hangup/schema/incoming-agent-started.schema.json",
  "title": "TeleCMI incoming agent started",
  "description": "A live event TeleCMI posts when it starts ringing an agent for an incoming call. Kind \"incoming.agent.started\". It describes the wire format across TeleCMI's doc editions: phone numbers as numbers or strings (leading zeros and \"+\" kept as strings), ids, times and durations as numbers or digit strings, booleans as true/false or the text \"true\"/\"false\", app_id and cmiuuid under their older spellings appid and cmiuid. Fields it does not list are allowed.",
  "type": "object",
  "required": [
    "status",
    "direction",
    "type",
    "time",
    "team"
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
    "type": {
      "description": "Family of the notification: always \"event\", a live event sent while the call is in progress.",
      "const": "event"
    },
    "direction": {
      "description": "Direction of the leg: always \"outbound\", since TeleCMI calls the agent out to connect an incoming call; team tells this leg from an outgoing call's.",
      "const": "outbound"
    },
    "status": {
      "description": "Status of the call: always \"started\" for this notification.",
      "const": "started"
    },
    "leg": {
      "description": "Leg of the call: \"b\", the agent's leg of the incoming call. Older editions leave it out.",
      "enum": [
        "a",
        "b"
      ]
    },
    "cmiuuid": {
      "description": "Unique id of the agent's leg.",
      "type": "string",
      "minLength": 1
    },
    "cmiuid": {
      "description": "Older spelling of cmiuuid. The notification carries its value as cmiuuid; both spellings with different values are refused.",
      "deprecated": true,
      "$ref": "#/properties/cmiuuid"
    },
    "app_id": {
      "description": "The customer's TeleCMI app id.",
      "$ref": "#/$defs/integerLike"
    },
    "appid": {
      "description": "Older spelling of app_id, used by TeleCMI's call detail record samples. The notification carries its value as app_id; both spellings with different values are refused.",
      "deprecated": true,
      "$ref": "#/properties/app_id"
    },
    "time": {
      "description": "When TeleCMI sent the notification, in milliseconds since the Unix epoch.",
      "$ref": "#/$defs/timestamp"
    },
    "conversation_uuid": {
      "description": "Unique id of the whole conversation: every leg and notification of one call shares it.",
      "type": "string"
    },
    "team": {
      "description": "The team (group of agents) the incoming call was routed to. Only legs of incoming calls carry it.",
      "type": "string"
    },
    "user": {
      "description": "Unique id of the user (agent) TeleCMI rings.",
      "type": "string"
    },
    "from": {
      "description": "The caller's number (the customer who called in).",
      "$ref": "#/$defs/phoneNumber"
    },
    "custom": {
      "description": "Custom data attached to the call by the customer, usually JSON text such as \"{\\\"crm\\\":\\\"true\\\"}\". Kept as sent; the notification adds the decoded object as customData.",
      "type": "string"
    }
  },
  "examples": [
    {
      "leg": "b",
      "type": "event",
      "team": "Sales_2222223",
      "user": "204_2222223",
      "conversation_uuid": "5202a928-07c3-4d32-a1a4-d304c9275971",
      "cmiuuid": "f4c65be7-4b4d-4d38-8aa9-4392fab50bd8",
      "direction": "outbound",
      "from": "440000000000",
      "app_id": 2222223,
      "time": 1634724629956,
      "custom": "{\"crm\": \"true\"}",
      "status": "started"
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
    }
  }
},
  'incoming.agent.answered': {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://unpkg.com/telecmi-hangup/schema/incoming-agent-answered.schema.json",
  "title": "TeleCMI incoming agent answered",
  "description": "A live event TeleCMI posts when the agent answers an incoming call. Kind \"incoming.agent.answered\". It describes the wire format across TeleCMI's doc editions: phone numbers as numbers or strings (leading zeros and \"+\" kept as strings), ids, times and durations as numbers or digit strings, booleans as true/false or the text \"true\"/\"false\", app_id and cmiuuid under their older spellings appid and cmiuid. Fields it does not list are allowed.",
  "type": "object",
  "required": [
    "status",
    "direction",
    "type",
    "time",
    "team"
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
    "type": {
      "description": "Family of the notification: always \"event\", a live event sent while the call is in progress.",
      "const": "event"
    },
    "direction": {
      "description": "Direction of the leg: always \"outbound\", since TeleCMI calls the agent out to connect an incoming call; team tells this leg from an outgoing call's.",
      "const": "outbound"
    },
    "status": {
      "description": "Status of the call: always \"answered\" for this notification.",
      "const": "answered"
    },
    "leg": {
      "description": "Leg of the call: \"b\", the agent's leg of the incoming call. Older editions leave it out.",
      "enum": [
        "a",
        "b"
      ]
    },
    "cmiuuid": {
      "description": "Unique id of the agent's leg.",
      "type": "string",
      "minLength": 1
    },
    "cmiuid": {
      "description": "Older spelling of cmiuuid. The notification carries its value as cmiuuid; both spellings with different values are refused.",
      "deprecated": true,
      "$ref": "#/properties/cmiuuid"
    },
    "app_id": {
      "description": "The customer's TeleCMI app id.",
      "$ref": "#/$defs/integerLike"
    },
    "appid": {
      "description": "Older spelling of app_id, used by TeleCMI's call detail record samples. The notification carries its value as app_id; both spellings with different values are refused.",
      "deprecated": true,
      "$ref": "#/properties/app_id"
    },
    "time": {
      "description": "When TeleCMI sent the notification, in milliseconds since the Unix epoch.",
      "$ref": "#/$defs/timestamp"
    },
    "conversation_uuid": {
      "description": "Unique id of the whole conversation: every leg and notification of one call shares it.",
      "type": "string"
    },
    "team": {
      "description": "The team (group of agents) the incoming call was routed to. Only legs of incoming calls carry it.",
      "type": "string"
    },
    "user": {
      "description": "Unique id of the user (agent) TeleCMI rings.",
      "type": "string"
    },
    "from": {
      "description": "The caller's number (the customer who called in).",
      "$ref": "#/$defs/phoneNumber"
    },
    "custom": {
      "description": "Custom data attached to the call by the customer, usually JSON text such as \"{\\\"crm\\\":\\\"true\\\"}\". Kept as sent; the notification adds the decoded object as customData.",
      "type": "string"
    }
  },
  "examples": [
    {
      "leg": "b",
      "type": "event",
      "team": "Sales_2222223",
      "user": "204_2222223",
      "conversation_uuid": "5202a928-07c3-4d32-a1a4-d304c9275971",
      "cmiuuid": "f4c65be7-4b4d-4d38-8aa9-4392fab50bd8",
      "direction": "outbound",
      "from": "440000000000",
      "app_id": 2222223,
      "time": 1634724629956,
      "custom": "{\"crm\": \"true\"}",
      "status": "answered"
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
    }
  }
},
  'incoming.agent.hangup': {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://unpkg.com/telecmi-hangup/schema/incoming-agent-hangup.schema.json",
  "title": "TeleCMI incoming agent hangup",
  "description": "A live event TeleCMI posts when the agent's leg of an incoming call hangs up. It says direction \"outbound\" like an outgoing call; team tells it apart. Kind \"incoming.agent.hangup\". It describes the wire format across TeleCMI's doc editions: phone numbers as numbers or strings (leading zeros and \"+\" kept as strings), ids, times and durations as numbers or digit strings, booleans as true/false or the text \"true\"/\"false\", app_id and cmiuuid under their older spellings appid and cmiuid. Fields it does not list are allowed.",
  "type": "object",
  "required": [
    "status",
    "direction",
    "type",
    "time",
    "team"
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
    "type": {
      "description": "Family of the notification: always \"event\", a live event sent while the call is in progress.",
      "const": "event"
    },
    "direction": {
      "description": "Direction of the leg: always \"outbound\", since TeleCMI calls the agent out to connect an incoming call; team tells this leg from an outgoing call's.",
      "const": "outbound"
    },
    "status": {
      "description": "Status of the call: always \"hangup\" for this notification.",
      "const": "hangup"
    },
    "leg": {
      "description": "Leg of the call: \"b\", the agent's leg of the incoming call. Older editions leave it out.",
      "enum": [
        "a",
        "b"
      ]
    },
    "cmiuuid": {
      "description": "Unique id of the agent's leg.",
      "type": "string",
      "minLength": 1
    },
    "cmiuid": {
      "description": "Older spelling of cmiuuid. The notification carries its value as cmiuuid; both spellings with different values are refused.",
      "deprecated": true,
      "$ref": "#/properties/cmiuuid"
    },
    "app_id": {
      "description": "The customer's TeleCMI app id.",
      "$ref": "#/$defs/integerLike"
    },
    "appid": {
      "description": "Older spelling of app_id, used by TeleCMI's call detail record samples. The notification carries its value as app_id; both spellings with different values are refused.",
      "deprecated": true,
      "$ref": "#/properties/app_id"
    },
    "time": {
      "description": "When TeleCMI sent the notification, in milliseconds since the Unix epoch.",
      "$ref": "#/$defs/timestamp"
    },
    "conversation_uuid": {
      "description": "Unique id of the whole conversation: every leg and notification of one call shares it.",
      "type": "string"
    },
    "team": {
      "description": "The team (group of agents) the incoming call was routed to. Only legs of incoming calls carry it.",
      "type": "string"
    },
    "user": {
      "description": "Unique id of the user (agent) TeleCMI rings.",
      "type": "string"
    },
    "from": {
      "description": "The caller's number (the customer who called in).",
      "$ref": "#/$defs/phoneNumber"
    },
    "custom": {
      "description": "Custom data attached to the call by the customer, usually JSON text such as \"{\\\"crm\\\":\\\"true\\\"}\". Kept as sent; the notification adds the decoded object as customData.",
      "type": "string"
    }
  },
  "examples": [
    {
      "leg": "b",
      "type": "event",
      "team": "Sales_2222223",
      "user": "204_2222223",
      "conversation_uuid": "5202a928-07c3-4d32-a1a4-d304c9275971",
      "cmiuuid": "f4c65be7-4b4d-4d38-8aa9-4392fab50bd8",
      "direction": "outbound",
      "from": "440000000000",
      "app_id": 2222223,
      "time": 1634724629956,
      "custom": "{\"crm\": \"true\"}",
      "status": "hangup"
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
    }
  }
},
  'cdr.incoming.answered': {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://unpkg.com/telecmi-hangup/schema/cdr-incoming-answered.schema.json",
  "title": "TeleCMI answered incoming call record",
  "description": "The call detail record TeleCMI posts once an answered incoming call is over: how long it was answered, who ended it, its recording. Kind \"cdr.incoming.answered\". It describes the wire format across TeleCMI's doc editions: phone numbers as numbers or strings (leading zeros and \"+\" kept as strings), ids, times and durations as numbers or digit strings, booleans as true/false or the text \"true\"/\"false\", app_id and cmiuuid under their older spellings appid and cmiuid. Fields it does not list are allowed.",
  "type": "object",
  "required": [
    "status",
    "direction",
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
    "type": {
      "description": "Family of the notification: always \"cdr\", a call detail record sent once the leg is over.",
      "const": "cdr"
    },
    "direction": {
      "description": "Direction of the call: always \"inbound\" for this notification.",
      "const": "inbound"
    },
    "status": {
      "description": "Status of the call: always \"answered\" for this notification.",
      "const": "answered"
    },
    "leg": {
      "description": "Leg of the record: absent for the caller's whole call, as in TeleCMI's samples; \"b\" would be one agent's leg.",
      "enum": [
        "a",
        "b"
      ]
    },
    "cmiuuid": {
      "description": "Unique id of this call leg.",
      "type": "string",
      "minLength": 1
    },
    "cmiuid": {
      "description": "Older spelling of cmiuuid. The notification carries its value as cmiuuid; both spellings with different values are refused.",
      "deprecated": true,
      "$ref": "#/properties/cmiuuid"
    },
    "app_id": {
      "description": "The customer's TeleCMI app id.",
      "$ref": "#/$defs/integerLike"
    },
    "appid": {
      "description": "Older spelling of app_id, used by TeleCMI's call detail record samples. The notification carries its value as app_id; both spellings with different values are refused.",
      "deprecated": true,
      "$ref": "#/properties/app_id"
    },
    "time": {
      "description": "When TeleCMI sent the notification, in milliseconds since the Unix epoch.",
      "$ref": "#/$defs/timestamp"
    },
    "conversation_uuid": {
      "description": "Unique id of the whole conversation: every leg and notification of one call shares it.",
      "type": "string"
    },
    "virtual_number": {
      "description": "The TeleCMI virtual number the caller dialled.",
      "$ref": "#/$defs/phoneNumber"
    },
    "from": {
      "description": "The caller's number.",
      "$ref": "#/$defs/phoneNumber"
    },
    "to": {
      "description": "The number the call was put through to.",
      "$ref": "#/$defs/phoneNumber"
    },
    "team": {
      "description": "The team (group of agents) the incoming call was routed to. Only legs of incoming calls carry it.",
      "type": "string"
    },
    "ivr_name": {
      "description": "Name of the IVR (the call flow) the incoming call came through.",
      "type": "string"
    },
    "hangup_reason": {
      "description": "How the leg ended. TeleCMI lists \"sent_bye\" (the call ended by the user), \"recv_bye\" (ended by the caller), \"recv_cancel\" (ended because the user did not answer) and \"sent_reject\" (rejected by the user). They read from TeleCMI's side of this leg: recv_ means TeleCMI received the hang-up (BYE) or cancel from the phone on this leg; sent_ means TeleCMI sent the hang-up or rejection to it, on behalf of the other leg or itself. Other values are kept as sent.",
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
    "custom": {
      "description": "Custom data attached to the call by the customer, usually JSON text such as \"{\\\"crm\\\":\\\"true\\\"}\". Kept as sent; the notification adds the decoded object as customData.",
      "type": "string"
    },
    "user": {
      "description": "Unique id of the user (agent) who answered.",
      "type": "string"
    },
    "answeredsec": {
      "description": "Seconds the call was answered for.",
      "$ref": "#/$defs/integerLike"
    },
    "record": {
      "description": "Whether the call was recorded; filename then names the recording.",
      "$ref": "#/$defs/booleanLike"
    },
    "filename": {
      "description": "File name of the call's recording, when record is true.",
      "type": "string"
    }
  },
  "examples": [
    {
      "virtual_number": 440000000000,
      "custom": "{\"key\":\"value\"}",
      "appid": 2222223,
      "type": "cdr",
      "direction": "inbound",
      "cmiuuid": "16132200-57fa-47b5-888d-4ab5b7e631ee",
      "user": "204_2222223",
      "status": "answered",
      "to": 440000000001,
      "from": 440000000002,
      "time": 1634720920615,
      "answeredsec": 11,
      "team": "Sales_2222223",
      "hangup_reason": "recv_bye",
      "record": true,
      "filename": "1634720915260737218351_2222223.mp3",
      "conversation_uuid": "16132200-57fa-47b5-888d-4ab5b7e631ee",
      "ivr_name": "salesivr"
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
    }
  }
},
  'cdr.incoming.missed': {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://unpkg.com/telecmi-hangup/schema/cdr-incoming-missed.schema.json",
  "title": "TeleCMI missed incoming call record",
  "description": "The call detail record TeleCMI posts once an incoming call ended unanswered: how long the caller waited, and the voicemail they left. With leg \"b\" and user it is one agent's missed leg. Kind \"cdr.incoming.missed\". It describes the wire format across TeleCMI's doc editions: phone numbers as numbers or strings (leading zeros and \"+\" kept as strings), ids, times and durations as numbers or digit strings, booleans as true/false or the text \"true\"/\"false\", app_id and cmiuuid under their older spellings appid and cmiuid. Fields it does not list are allowed.",
  "type": "object",
  "required": [
    "status",
    "direction",
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
    "type": {
      "description": "Family of the notification: always \"cdr\", a call detail record sent once the leg is over.",
      "const": "cdr"
    },
    "direction": {
      "description": "Direction of the call: always \"inbound\" for this notification.",
      "const": "inbound"
    },
    "status": {
      "description": "Status of the call: always \"missed\" for this notification.",
      "const": "missed"
    },
    "leg": {
      "description": "Leg of the record: \"b\" with user when it is one agent's leg (an agent missed the call); absent for the caller's whole call.",
      "enum": [
        "a",
        "b"
      ]
    },
    "cmiuuid": {
      "description": "Unique id of this call leg.",
      "type": "string",
      "minLength": 1
    },
    "cmiuid": {
      "description": "Older spelling of cmiuuid. The notification carries its value as cmiuuid; both spellings with different values are refused.",
      "deprecated": true,
      "$ref": "#/properties/cmiuuid"
    },
    "app_id": {
      "description": "The customer's TeleCMI app id.",
      "$ref": "#/$defs/integerLike"
    },
    "appid": {
      "description": "Older spelling of app_id, used by TeleCMI's call detail record samples. The notification carries its value as app_id; both spellings with different values are refused.",
      "deprecated": true,
      "$ref": "#/properties/app_id"
    },
    "time": {
      "description": "When TeleCMI sent the notification, in milliseconds since the Unix epoch.",
      "$ref": "#/$defs/timestamp"
    },
    "conversation_uuid": {
      "description": "Unique id of the whole conversation: every leg and notification of one call shares it.",
      "type": "string"
    },
    "virtual_number": {
      "description": "The TeleCMI virtual number the caller dialled.",
      "$ref": "#/$defs/phoneNumber"
    },
    "from": {
      "description": "The caller's number.",
      "$ref": "#/$defs/phoneNumber"
    },
    "to": {
      "description": "The number the call was put through to.",
      "$ref": "#/$defs/phoneNumber"
    },
    "team": {
      "description": "The team (group of agents) the incoming call was routed to. Only legs of incoming calls carry it.",
      "type": "string"
    },
    "ivr_name": {
      "description": "Name of the IVR (the call flow) the incoming call came through.",
      "type": "string"
    },
    "hangup_reason": {
      "description": "How the leg ended. TeleCMI lists \"sent_bye\" (the call ended by the user), \"recv_bye\" (ended by the caller), \"recv_cancel\" (ended because the user did not answer) and \"sent_reject\" (rejected by the user). They read from TeleCMI's side of this leg: recv_ means TeleCMI received the hang-up (BYE) or cancel from the phone on this leg; sent_ means TeleCMI sent the hang-up or rejection to it, on behalf of the other leg or itself. Other values are kept as sent.",
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
    "custom": {
      "description": "Custom data attached to the call by the customer, usually JSON text such as \"{\\\"crm\\\":\\\"true\\\"}\". Kept as sent; the notification adds the decoded object as customData.",
      "type": "string"
    },
    "user": {
      "description": "Unique id of the user (agent) who missed the call (leg \"b\" only).",
      "type": "string"
    },
    "waitedsec": {
      "description": "Seconds the caller waited before the call ended unanswered.",
      "$ref": "#/$defs/integerLike"
    },
    "voicemail": {
      "description": "Whether the caller left a voicemail; voicename then names its file.",
      "$ref": "#/$defs/booleanLike"
    },
    "voicename": {
      "description": "File name of the voicemail the caller left, when voicemail is true.",
      "type": "string"
    }
  },
  "examples": [
    {
      "virtual_number": 440000000000,
      "custom": "{\"crm\":\"true\"}",
      "appid": 2222223,
      "type": "cdr",
      "direction": "inbound",
      "cmiuuid": "4d1f9521-50e5-447d-bf5f-c3292995a727",
      "status": "missed",
      "from": 440000000001,
      "time": 1634721099442,
      "waitedsec": 127,
      "hangup_reason": "recv_bye",
      "voicemail": true,
      "voicename": "1634721220656289350027_2222223.mp3",
      "conversation_uuid": "4d1f9521-50e5-447d-bf5f-c3292995a727",
      "team": "Sales_2222223",
      "ivr_name": "salesivr"
    },
    {
      "custom": "{\"crm\":\"true\"}",
      "appid": 2222223,
      "type": "cdr",
      "direction": "inbound",
      "leg": "b",
      "cmiuuid": "e3e26d27-7b42-4679-a8a0-96b7d5e21dc7",
      "user": "302_2223343",
      "status": "missed",
      "to": 919999999999,
      "from": 440000000000,
      "time": 1650625417426,
      "team": "support_2223343",
      "hangup_reason": "recv_cancel"
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
    }
  }
},
  'cdr.outgoing.answered': {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://unpkg.com/telecmi-hangup/schema/cdr-outgoing-answered.schema.json",
  "title": "TeleCMI answered outgoing call record",
  "description": "The call detail record TeleCMI posts once an answered leg of an outgoing call is over: how long it was answered, who ended it, its recording. Kind \"cdr.outgoing.answered\". It describes the wire format across TeleCMI's doc editions: phone numbers as numbers or strings (leading zeros and \"+\" kept as strings), ids, times and durations as numbers or digit strings, booleans as true/false or the text \"true\"/\"false\", app_id and cmiuuid under their older spellings appid and cmiuid. Fields it does not list are allowed.",
  "type": "object",
  "required": [
    "status",
    "direction",
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
    "type": {
      "description": "Family of the notification: always \"cdr\", a call detail record sent once the leg is over.",
      "const": "cdr"
    },
    "direction": {
      "description": "Direction of the call: always \"outbound\" for this notification.",
      "const": "outbound"
    },
    "status": {
      "description": "Status of the call: always \"answered\" for this notification.",
      "const": "answered"
    },
    "leg": {
      "description": "Leg of the record: \"a\" is the agent who dials, \"b\" the customer called. Older editions leave it out.",
      "enum": [
        "a",
        "b"
      ]
    },
    "cmiuuid": {
      "description": "Unique id of this call leg.",
      "type": "string",
      "minLength": 1
    },
    "cmiuid": {
      "description": "Older spelling of cmiuuid. The notification carries its value as cmiuuid; both spellings with different values are refused.",
      "deprecated": true,
      "$ref": "#/properties/cmiuuid"
    },
    "app_id": {
      "description": "The customer's TeleCMI app id.",
      "$ref": "#/$defs/integerLike"
    },
    "appid": {
      "description": "Older spelling of app_id, used by TeleCMI's call detail record samples. The notification carries its value as app_id; both spellings with different values are refused.",
      "deprecated": true,
      "$ref": "#/properties/app_id"
    },
    "time": {
      "description": "When TeleCMI sent the notification, in milliseconds since the Unix epoch.",
      "$ref": "#/$defs/timestamp"
    },
    "conversation_uuid": {
      "description": "Unique id of the whole conversation: every leg and notification of one call shares it.",
      "type": "string"
    },
    "user": {
      "description": "Unique id of the user (agent) who placed the call.",
      "type": "string"
    },
    "virtual_number": {
      "description": "The TeleCMI number the outgoing call was placed from.",
      "$ref": "#/$defs/phoneNumber"
    },
    "callerid": {
      "description": "Caller id of the call: the number shown to the called party. Leading zeros and a leading \"+\" are part of the number.",
      "$ref": "#/$defs/phoneNumber"
    },
    "to": {
      "description": "The number called.",
      "$ref": "#/$defs/phoneNumber"
    },
    "from": {
      "description": "The number the call came from.",
      "$ref": "#/$defs/phoneNumber"
    },
    "hangup_reason": {
      "description": "How the leg ended. TeleCMI lists \"sent_bye\" (the call ended by the user), \"recv_bye\" (ended by the caller), \"recv_cancel\" (ended because the user did not answer) and \"sent_reject\" (rejected by the user). They read from TeleCMI's side of this leg: recv_ means TeleCMI received the hang-up (BYE) or cancel from the phone on this leg; sent_ means TeleCMI sent the hang-up or rejection to it, on behalf of the other leg or itself. Other values are kept as sent.",
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
    "click_to_call": {
      "description": "Whether the call was placed through the click-to-call API.",
      "$ref": "#/$defs/booleanLike"
    },
    "request_id": {
      "description": "Id of the click-to-call request that placed the call.",
      "type": "string"
    },
    "call_id": {
      "description": "TeleCMI's id of the call.",
      "type": "string"
    },
    "custom": {
      "description": "Custom data attached to the call by the customer, usually JSON text such as \"{\\\"crm\\\":\\\"true\\\"}\". Kept as sent; the notification adds the decoded object as customData.",
      "type": "string"
    },
    "extra_params": {
      "description": "Extra parameters of a click-to-call request, usually JSON text. Kept as sent; the notification adds the decoded object as extraParamsData.",
      "type": "string"
    },
    "answeredsec": {
      "description": "Seconds the call was answered for.",
      "$ref": "#/$defs/integerLike"
    },
    "record": {
      "description": "Whether the call was recorded; filename then names the recording.",
      "$ref": "#/$defs/booleanLike"
    },
    "filename": {
      "description": "File name of the call's recording, when record is true.",
      "type": "string"
    }
  },
  "examples": [
    {
      "virtual_number": "440000000000",
      "call_id": "c4504776-d91e-123b-29a7-56000429abc3",
      "custom": "{\"crm\":\"true\"}",
      "leg": "a",
      "type": "cdr",
      "appid": 2222223,
      "to": 442000000000,
      "cmiuuid": "10ee0eb6-c417-4f5a-b122-bffe28f96eae",
      "status": "answered",
      "user": "202_2222223",
      "time": 1650630551178,
      "direction": "outbound",
      "answeredsec": 15,
      "hangup_reason": "recv_bye",
      "request_id": "c0Sq3mbykoHgVgLfyWTr6cV6HB5Z0Fk4AXpZFkOClSr",
      "extra_params": "{\"click2call\":\"true\"}"
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
      "status": "answered",
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
    }
  }
},
  'cdr.outgoing.missed': {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://unpkg.com/telecmi-hangup/schema/cdr-outgoing-missed.schema.json",
  "title": "TeleCMI missed outgoing call record",
  "description": "The call detail record TeleCMI posts once a leg of an outgoing call ended unanswered (cancelled or rejected). Kind \"cdr.outgoing.missed\". It describes the wire format across TeleCMI's doc editions: phone numbers as numbers or strings (leading zeros and \"+\" kept as strings), ids, times and durations as numbers or digit strings, booleans as true/false or the text \"true\"/\"false\", app_id and cmiuuid under their older spellings appid and cmiuid. Fields it does not list are allowed.",
  "type": "object",
  "required": [
    "status",
    "direction",
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
    "type": {
      "description": "Family of the notification: always \"cdr\", a call detail record sent once the leg is over.",
      "const": "cdr"
    },
    "direction": {
      "description": "Direction of the call: always \"outbound\" for this notification.",
      "const": "outbound"
    },
    "status": {
      "description": "Status of the call: always \"missed\" for this notification.",
      "const": "missed"
    },
    "leg": {
      "description": "Leg of the record: \"a\" is the agent who dials, \"b\" the customer called. Older editions leave it out.",
      "enum": [
        "a",
        "b"
      ]
    },
    "cmiuuid": {
      "description": "Unique id of this call leg.",
      "type": "string",
      "minLength": 1
    },
    "cmiuid": {
      "description": "Older spelling of cmiuuid. The notification carries its value as cmiuuid; both spellings with different values are refused.",
      "deprecated": true,
      "$ref": "#/properties/cmiuuid"
    },
    "app_id": {
      "description": "The customer's TeleCMI app id.",
      "$ref": "#/$defs/integerLike"
    },
    "appid": {
      "description": "Older spelling of app_id, used by TeleCMI's call detail record samples. The notification carries its value as app_id; both spellings with different values are refused.",
      "deprecated": true,
      "$ref": "#/properties/app_id"
    },
    "time": {
      "description": "When TeleCMI sent the notification, in milliseconds since the Unix epoch.",
      "$ref": "#/$defs/timestamp"
    },
    "conversation_uuid": {
      "description": "Unique id of the whole conversation: every leg and notification of one call shares it.",
      "type": "string"
    },
    "user": {
      "description": "Unique id of the user (agent) who placed the call.",
      "type": "string"
    },
    "virtual_number": {
      "description": "The TeleCMI number the outgoing call was placed from.",
      "$ref": "#/$defs/phoneNumber"
    },
    "callerid": {
      "description": "Caller id of the call: the number shown to the called party. Leading zeros and a leading \"+\" are part of the number.",
      "$ref": "#/$defs/phoneNumber"
    },
    "to": {
      "description": "The number called.",
      "$ref": "#/$defs/phoneNumber"
    },
    "from": {
      "description": "The number the call came from.",
      "$ref": "#/$defs/phoneNumber"
    },
    "hangup_reason": {
      "description": "How the leg ended. TeleCMI lists \"sent_bye\" (the call ended by the user), \"recv_bye\" (ended by the caller), \"recv_cancel\" (ended because the user did not answer) and \"sent_reject\" (rejected by the user). They read from TeleCMI's side of this leg: recv_ means TeleCMI received the hang-up (BYE) or cancel from the phone on this leg; sent_ means TeleCMI sent the hang-up or rejection to it, on behalf of the other leg or itself. Other values are kept as sent.",
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
    "click_to_call": {
      "description": "Whether the call was placed through the click-to-call API.",
      "$ref": "#/$defs/booleanLike"
    },
    "request_id": {
      "description": "Id of the click-to-call request that placed the call.",
      "type": "string"
    },
    "call_id": {
      "description": "TeleCMI's id of the call.",
      "type": "string"
    },
    "custom": {
      "description": "Custom data attached to the call by the customer, usually JSON text such as \"{\\\"crm\\\":\\\"true\\\"}\". Kept as sent; the notification adds the decoded object as customData.",
      "type": "string"
    },
    "extra_params": {
      "description": "Extra parameters of a click-to-call request, usually JSON text. Kept as sent; the notification adds the decoded object as extraParamsData.",
      "type": "string"
    }
  },
  "examples": [
    {
      "virtual_number": "440000000000",
      "call_id": "c4504776-d91e-123b-29a7-56000429abc3",
      "custom": "{\"crm\":\"true\"}",
      "leg": "a",
      "type": "cdr",
      "appid": 2222223,
      "to": 442000000000,
      "cmiuuid": "15b58236-734f-4000-a5e8-78284068f5c7",
      "status": "missed",
      "user": "202_2222223",
      "time": 1650628175336,
      "direction": "outbound",
      "hangup_reason": "recv_cancel",
      "request_id": "D8qpRb27mpXEYgEdAMY6arnQ2ONAB04Y86QrfKbOWZQ",
      "extra_params": "{\"click2call\":\"true\"}"
    },
    {
      "virtual_number": "440000000000",
      "call_id": "c4504776-d91e-123b-29a7-56000429abc3",
      "custom": "{\"crm\":\"true\"}",
      "leg": "b",
      "type": "cdr",
      "appid": 2222223,
      "to": 442000000001,
      "cmiuuid": "7686c396-ecdf-436d-9633-94c307f093e7",
      "status": "missed",
      "user": "202_2222223",
      "time": 1650628237610,
      "direction": "outbound",
      "hangup_reason": "sent_reject",
      "request_id": "bsGsOLY9QBUc6URW5olXiGmO58cDH6X3VetRFjZjfKS",
      "extra_params": "{\"click2call\":\"true\"}"
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
    }
  }
},
} as const;

/** The JSON Schema that accepts any TeleCMI notification, as in schema/notification.schema.json: load the kinds' schemas beside it. */
export const anyNotificationSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://unpkg.com/telecmi-hangup/schema/notification.schema.json",
  "title": "Any TeleCMI notification",
  "description": "Any notification TeleCMI posts to a webhook URL. It must have the envelope ($defs/envelope); each allOf entry recognizes one documented kind by its markers (type, direction, status, and team for the agent legs of incoming calls) and then requires that kind's schema, which must be loaded beside this one (each resolves relative to this $id). The markers of two kinds never match one payload. A payload no kind recognizes (a status TeleCMI added later, another TeleCMI product) needs only the envelope.",
  "$ref": "#/$defs/envelope",
  "allOf": [
    {
      "description": "The kind outgoing.started: type \"event\", direction \"outbound\", status \"started\", without team.",
      "if": {
        "type": "object",
        "properties": {
          "type": {
            "const": "event"
          },
          "direction": {
            "const": "outbound"
          },
          "status": {
            "const": "started"
          },
          "team": false
        },
        "required": [
          "type",
          "direction",
          "status"
        ]
      },
      "then": {
        "$ref": "outgoing-started.schema.json"
      }
    },
    {
      "description": "The kind outgoing.answered: type \"event\", direction \"outbound\", status \"answered\", without team.",
      "if": {
        "type": "object",
        "properties": {
          "type": {
            "const": "event"
          },
          "direction": {
            "const": "outbound"
          },
          "status": {
            "const": "answered"
          },
          "team": false
        },
        "required": [
          "type",
          "direction",
          "status"
        ]
      },
      "then": {
        "$ref": "outgoing-answered.schema.json"
      }
    },
    {
      "description": "The kind outgoing.hangup: status \"hangup\" and direction \"outbound\" (or no direction), without team: an outgoing hangup, live event or older call detail record alike.",
      "if": {
        "type": "object",
        "properties": {
          "status": {
            "const": "hangup"
          },
          "direction": {
            "const": "outbound"
          },
          "team": false
        },
        "required": [
          "status"
        ]
      },
      "then": {
        "$ref": "outgoing-hangup.schema.json"
      }
    },
    {
      "description": "The kind incoming.waiting: type \"event\", direction \"inbound\", status \"waiting\".",
      "if": {
        "type": "object",
        "properties": {
          "type": {
            "const": "event"
          },
          "direction": {
            "const": "inbound"
          },
          "status": {
            "const": "waiting"
          }
        },
        "required": [
          "type",
          "direction",
          "status"
        ]
      },
      "then": {
        "$ref": "incoming-waiting.schema.json"
      }
    },
    {
      "description": "The kind incoming.answered: type \"event\", direction \"inbound\", status \"answered\".",
      "if": {
        "type": "object",
        "properties": {
          "type": {
            "const": "event"
          },
          "direction": {
            "const": "inbound"
          },
          "status": {
            "const": "answered"
          }
        },
        "required": [
          "type",
          "direction",
          "status"
        ]
      },
      "then": {
        "$ref": "incoming-answered.schema.json"
      }
    },
    {
      "description": "The kind incoming.hangup: type \"event\", direction \"inbound\", status \"hangup\".",
      "if": {
        "type": "object",
        "properties": {
          "type": {
            "const": "event"
          },
          "direction": {
            "const": "inbound"
          },
          "status": {
            "const": "hangup"
          }
        },
        "required": [
          "type",
          "direction",
          "status"
        ]
      },
      "then": {
        "$ref": "incoming-hangup.schema.json"
      }
    },
    {
      "description": "The kind incoming.agent.started: type \"event\", direction \"outbound\", status \"started\", with team: the agent leg of an incoming call.",
      "if": {
        "type": "object",
        "properties": {
          "type": {
            "const": "event"
          },
          "direction": {
            "const": "outbound"
          },
          "status": {
            "const": "started"
          },
          "team": true
        },
        "required": [
          "type",
          "direction",
          "status",
          "team"
        ]
      },
      "then": {
        "$ref": "incoming-agent-started.schema.json"
      }
    },
    {
      "description": "The kind incoming.agent.answered: type \"event\", direction \"outbound\", status \"answered\", with team: the agent leg of an incoming call.",
      "if": {
        "type": "object",
        "properties": {
          "type": {
            "const": "event"
          },
          "direction": {
            "const": "outbound"
          },
          "status": {
            "const": "answered"
          },
          "team": true
        },
        "required": [
          "type",
          "direction",
          "status",
          "team"
        ]
      },
      "then": {
        "$ref": "incoming-agent-answered.schema.json"
      }
    },
    {
      "description": "The kind incoming.agent.hangup: type \"event\", direction \"outbound\", status \"hangup\", with team: the agent leg of an incoming call.",
      "if": {
        "type": "object",
        "properties": {
          "type": {
            "const": "event"
          },
          "direction": {
            "const": "outbound"
          },
          "status": {
            "const": "hangup"
          },
          "team": true
        },
        "required": [
          "type",
          "direction",
          "status",
          "team"
        ]
      },
      "then": {
        "$ref": "incoming-agent-hangup.schema.json"
      }
    },
    {
      "description": "The kind cdr.incoming.answered: type \"cdr\", direction \"inbound\", status \"answered\".",
      "if": {
        "type": "object",
        "properties": {
          "type": {
            "const": "cdr"
          },
          "direction": {
            "const": "inbound"
          },
          "status": {
            "const": "answered"
          }
        },
        "required": [
          "type",
          "direction",
          "status"
        ]
      },
      "then": {
        "$ref": "cdr-incoming-answered.schema.json"
      }
    },
    {
      "description": "The kind cdr.incoming.missed: type \"cdr\", direction \"inbound\", status \"missed\".",
      "if": {
        "type": "object",
        "properties": {
          "type": {
            "const": "cdr"
          },
          "direction": {
            "const": "inbound"
          },
          "status": {
            "const": "missed"
          }
        },
        "required": [
          "type",
          "direction",
          "status"
        ]
      },
      "then": {
        "$ref": "cdr-incoming-missed.schema.json"
      }
    },
    {
      "description": "The kind cdr.outgoing.answered: type \"cdr\", direction \"outbound\", status \"answered\".",
      "if": {
        "type": "object",
        "properties": {
          "type": {
            "const": "cdr"
          },
          "direction": {
            "const": "outbound"
          },
          "status": {
            "const": "answered"
          }
        },
        "required": [
          "type",
          "direction",
          "status"
        ]
      },
      "then": {
        "$ref": "cdr-outgoing-answered.schema.json"
      }
    },
    {
      "description": "The kind cdr.outgoing.missed: type \"cdr\", direction \"outbound\", status \"missed\".",
      "if": {
        "type": "object",
        "properties": {
          "type": {
            "const": "cdr"
          },
          "direction": {
            "const": "outbound"
          },
          "status": {
            "const": "missed"
          }
        },
        "required": [
          "type",
          "direction",
          "status"
        ]
      },
      "then": {
        "$ref": "cdr-outgoing-missed.schema.json"
      }
    }
  ],
  "$defs": {
    "envelope": {
      "description": "What every TeleCMI notification carries, whatever its kind: a status and the id of a call leg, under either spelling.",
      "type": "object",
      "required": [
        "status"
      ],
      "properties": {
        "status": {
          "description": "Status of the call or leg: started, answered, waiting, hangup (live events), answered or missed (call detail records), or one this schema does not know.",
          "type": "string",
          "minLength": 1
        },
        "direction": {
          "description": "Direction of the call: \"inbound\" or \"outbound\" for the documented kinds.",
          "type": "string"
        },
        "type": {
          "description": "Family of the notification: \"event\" or \"cdr\" for the documented kinds.",
          "type": "string"
        },
        "cmiuuid": {
          "description": "Unique id of the call leg.",
          "type": "string",
          "minLength": 1
        },
        "cmiuid": {
          "description": "Older spelling of cmiuuid.",
          "type": "string",
          "minLength": 1
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
