// generated, do not edit: written by packages/emulator/scripts/generate-spec-module.mjs from spec/blizwork.openapi.yaml.
// Run `pnpm generate` at the repository root to regenerate.
import type { DerivedSpec } from '../spec/derive-spec.js';

/** The operationId of every operation of the spec. */
export type OperationId =
  | "startCase"
  | "executeActivity"
  | "sendNotification"
  | "validateCall"
  | "validateCallByPath"
  | "getCase"
  | "listCases"
  | "queryMasterData"
  | "upsertMasterData"
  | "deleteMasterData"
  | "uploadAttachment";

/** Every operationId of the spec, in spec order. */
export const operationIds: readonly OperationId[] = [
  "startCase",
  "executeActivity",
  "sendNotification",
  "validateCall",
  "validateCallByPath",
  "getCase",
  "listCases",
  "queryMasterData",
  "upsertMasterData",
  "deleteMasterData",
  "uploadAttachment"
];

/** What the emulator derives from the spec (see `deriveSpec`), computed when generated. */
export const builtInSpec: DerivedSpec = {
  "version": "0.1.0",
  "components": {
    "parameters": {
      "Token": {
        "name": "token",
        "in": "path",
        "required": true,
        "description": "The company's API token, the credential that authorizes every call. It is the last path segment\nof every URL, so it is a **secret that must never be logged**: redact it from URLs in logs,\nerrors and traces. One token gives access to exactly one organization and lasts at most one year.\nIts length is not reliable (24, 30 and 34 characters all appear in the sources).\n",
        "x-blizwork-source": "documented",
        "x-blizwork-pages": [
          "P1"
        ],
        "x-blizwork-secret": true,
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "lKAMtO2GZfw4bO2x4w2FZSe3qdToei"
      }
    },
    "responses": {
      "HttpError": {
        "description": "A non-2xx HTTP reply. The real server's use of HTTP error statuses is undocumented; proxies and\ngateways may also answer with HTML. The body is not guaranteed to be JSON.\n",
        "x-blizwork-assumptions": [
          "business-errors-http-200"
        ],
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AnyEnvelope"
            },
            "example": {
              "resultCode": 101,
              "resultMessage": "Unexpected error"
            }
          }
        }
      }
    },
    "schemas": {
      "ResultCode": {
        "type": "integer",
        "description": "Result of the call. Documented codes: 0 success (for validatecall: the call is valid and must be\nanswered); 1 invalid or expired token (for validatecall: the call is not valid, do not answer);\n100 malformed request; 101 unexpected error; 200 transaction limit of the company's plan\nexceeded. Other values are possible (for validatecall: an error while validating), so this is\nnot a closed enum.\n",
        "x-blizwork-source": "documented",
        "x-blizwork-pages": [
          "P2",
          "P4",
          "P5"
        ],
        "x-blizwork-assumptions": [
          "result-codes-shared"
        ],
        "examples": [
          0,
          1,
          100,
          101,
          200
        ]
      },
      "ResultEnvelope": {
        "type": "object",
        "description": "The documented reply envelope.",
        "x-blizwork-source": "documented",
        "x-blizwork-pages": [
          "P2",
          "P4",
          "P5"
        ],
        "required": [
          "resultCode"
        ],
        "properties": {
          "resultCode": {
            "$ref": "#/components/schemas/ResultCode",
            "x-blizwork-source": "documented",
            "x-blizwork-pages": [
              "P2",
              "P4",
              "P5"
            ]
          },
          "resultMessage": {
            "type": "string",
            "description": "Human-readable result.",
            "x-blizwork-source": "documented",
            "x-blizwork-pages": [
              "P2",
              "P4",
              "P5"
            ]
          }
        },
        "additionalProperties": true
      },
      "StatusEnvelope": {
        "type": "object",
        "description": "The envelope the wrapper reads when `resultCode` is absent: `status` (0 success), `message` and\n`payload`. Which endpoints use it is unknown.\n",
        "x-blizwork-source": "wrapper",
        "x-blizwork-assumptions": [
          "status-envelope"
        ],
        "required": [
          "status"
        ],
        "properties": {
          "status": {
            "$ref": "#/components/schemas/ResultCode",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "status-envelope"
            ]
          },
          "message": {
            "type": "string",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "status-envelope"
            ]
          },
          "payload": {
            "description": "The operation's data.",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "reply-payload"
            ]
          }
        },
        "additionalProperties": true
      },
      "AnyEnvelope": {
        "description": "Either reply envelope.",
        "x-blizwork-source": "wrapper",
        "x-blizwork-assumptions": [
          "status-envelope"
        ],
        "anyOf": [
          {
            "$ref": "#/components/schemas/ResultEnvelope"
          },
          {
            "$ref": "#/components/schemas/StatusEnvelope"
          }
        ]
      },
      "SuccessCarriesPayload": {
        "description": "A success (result code 0, in either envelope) carries the operation's data in `payload`. Part\nof the reply schema of every operation that returns data: a bare `{\"resultCode\": 0}` or\n`{\"status\": 0}` is not a valid reply of theirs (the SDK refuses it, `blizwork doctor\n--conformance` reports it).\n",
        "x-blizwork-source": "wrapper",
        "x-blizwork-assumptions": [
          "reply-payload"
        ],
        "if": {
          "anyOf": [
            {
              "type": "object",
              "required": [
                "resultCode"
              ],
              "properties": {
                "resultCode": {
                  "const": 0
                }
              }
            },
            {
              "type": "object",
              "not": {
                "type": "object",
                "required": [
                  "resultCode"
                ],
                "properties": {
                  "resultCode": true
                }
              },
              "required": [
                "status"
              ],
              "properties": {
                "status": {
                  "const": 0
                }
              }
            }
          ]
        },
        "then": {
          "type": "object",
          "required": [
            "payload"
          ],
          "properties": {
            "payload": true
          }
        }
      },
      "EmptyRequest": {
        "type": "object",
        "description": "An empty JSON object.",
        "x-blizwork-source": "wrapper",
        "x-blizwork-assumptions": [
          "wrapper-body-members"
        ],
        "additionalProperties": false
      },
      "Environment": {
        "type": "string",
        "description": "`production` is the published process version; `draft` its draft version.",
        "x-blizwork-source": "wrapper",
        "x-blizwork-assumptions": [
          "environment-member"
        ],
        "enum": [
          "production",
          "draft"
        ]
      },
      "UserId": {
        "type": "string",
        "description": "E-mail of a user authorized to use the token and the operation.",
        "x-blizwork-source": "documented",
        "x-blizwork-pages": [
          "P2",
          "P3"
        ],
        "minLength": 1
      },
      "CompanyId": {
        "type": "string",
        "description": "Id of the organization (shown under \"Mi Cuenta\"; looks like a 24-hex MongoDB id).",
        "x-blizwork-source": "documented",
        "x-blizwork-pages": [
          "P2"
        ],
        "minLength": 1
      },
      "ProcessId": {
        "type": "string",
        "description": "The process's developer-facing id (slug), not its display name.",
        "x-blizwork-source": "documented",
        "x-blizwork-pages": [
          "P2",
          "P3"
        ],
        "minLength": 1
      },
      "CaseNumber": {
        "type": "integer",
        "description": "The case number, per process. An integer, never a string.",
        "x-blizwork-source": "documented",
        "x-blizwork-pages": [
          "P2",
          "P3"
        ],
        "x-blizwork-assumptions": [
          "case-number-positive"
        ],
        "minimum": 1
      },
      "CaseDataLevel": {
        "type": "integer",
        "minimum": 0,
        "maximum": 4,
        "description": "How much data `getCase` returns; levels are assumed cumulative. 0 the case only; 1 plus user\ninformation; 2 plus the case history; 3 plus the process definition (needed to execute an\nactivity without passing `companyId`); 4 plus company information.\n",
        "x-blizwork-source": "wrapper",
        "x-blizwork-assumptions": [
          "include-levels",
          "include-cumulative"
        ]
      },
      "Filter": {
        "type": "object",
        "description": "Equality filter; keys are property or column names, values the literal values to match.",
        "x-blizwork-source": "wrapper",
        "x-blizwork-assumptions": [
          "filter-equality"
        ],
        "additionalProperties": true
      },
      "StartCaseRequest": {
        "type": "object",
        "x-blizwork-source": "documented",
        "x-blizwork-pages": [
          "P2"
        ],
        "required": [
          "companyId",
          "userId",
          "workflowId"
        ],
        "properties": {
          "companyId": {
            "$ref": "#/components/schemas/CompanyId",
            "x-blizwork-source": "documented",
            "x-blizwork-pages": [
              "P2"
            ]
          },
          "userId": {
            "$ref": "#/components/schemas/UserId",
            "x-blizwork-source": "documented",
            "x-blizwork-pages": [
              "P2"
            ]
          },
          "workflowId": {
            "$ref": "#/components/schemas/ProcessId",
            "x-blizwork-source": "documented",
            "x-blizwork-pages": [
              "P2"
            ]
          },
          "environment": {
            "$ref": "#/components/schemas/Environment",
            "description": "Inferred, not documented: whether init accepts an environment is unknown. Clients send it\nso that a draft-configured client starts draft cases; a server that ignores it is assumed\nto start a production case. Defaults to `production`.\n",
            "x-blizwork-source": "inferred",
            "x-blizwork-assumptions": [
              "init-environment",
              "unknown-body-members-tolerated",
              "environment-default-production"
            ]
          },
          "execUserId": {
            "type": "string",
            "description": "Optional. Makes the case appear as started by a user of another organization.",
            "x-blizwork-source": "documented",
            "x-blizwork-pages": [
              "P2"
            ]
          }
        }
      },
      "StartCaseReply": {
        "x-blizwork-source": "documented",
        "x-blizwork-pages": [
          "P2"
        ],
        "allOf": [
          {
            "$ref": "#/components/schemas/ResultEnvelope"
          },
          {
            "type": "object",
            "properties": {
              "caseNumber": {
                "$ref": "#/components/schemas/CaseNumber",
                "x-blizwork-source": "documented",
                "x-blizwork-pages": [
                  "P2"
                ]
              }
            }
          }
        ]
      },
      "AttachmentValue": {
        "type": "object",
        "description": "The value of an attachment field in `formData`.",
        "x-blizwork-source": "documented",
        "x-blizwork-pages": [
          "P3"
        ],
        "required": [
          "fileName",
          "fileUrl"
        ],
        "properties": {
          "fileName": {
            "type": "string",
            "x-blizwork-source": "documented",
            "x-blizwork-pages": [
              "P3"
            ]
          },
          "fileUrl": {
            "type": "string",
            "x-blizwork-source": "documented",
            "x-blizwork-pages": [
              "P3"
            ],
            "format": "uri"
          }
        }
      },
      "FormFieldValue": {
        "description": "A form field's value; strings and numbers, or an attachment object.",
        "x-blizwork-source": "documented",
        "x-blizwork-pages": [
          "P3"
        ],
        "anyOf": [
          {
            "type": "string"
          },
          {
            "type": "number"
          },
          {
            "$ref": "#/components/schemas/AttachmentValue"
          }
        ]
      },
      "ExecuteActivityRequest": {
        "type": "object",
        "x-blizwork-source": "documented",
        "x-blizwork-pages": [
          "P3"
        ],
        "x-blizwork-assumptions": [
          "exec-required-members"
        ],
        "required": [
          "companyId",
          "userId",
          "workflowId",
          "caseNumber",
          "formId",
          "nextFormId",
          "formData"
        ],
        "properties": {
          "companyId": {
            "$ref": "#/components/schemas/CompanyId",
            "x-blizwork-source": "documented",
            "x-blizwork-pages": [
              "P3"
            ],
            "x-blizwork-assumptions": [
              "exec-required-members"
            ]
          },
          "userId": {
            "$ref": "#/components/schemas/UserId",
            "x-blizwork-source": "documented",
            "x-blizwork-pages": [
              "P3"
            ]
          },
          "workflowId": {
            "$ref": "#/components/schemas/ProcessId",
            "x-blizwork-source": "documented",
            "x-blizwork-pages": [
              "P3"
            ]
          },
          "environment": {
            "$ref": "#/components/schemas/Environment",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "environment-member",
              "unknown-body-members-tolerated"
            ]
          },
          "execUserId": {
            "type": "string",
            "description": "Optional. The user who actually executes the activity, if not `userId`.",
            "x-blizwork-source": "documented",
            "x-blizwork-pages": [
              "P3"
            ]
          },
          "caseNumber": {
            "$ref": "#/components/schemas/CaseNumber",
            "x-blizwork-source": "documented",
            "x-blizwork-pages": [
              "P3"
            ]
          },
          "formId": {
            "type": "string",
            "minLength": 1,
            "description": "The form the case is waiting on (its current activity).",
            "x-blizwork-source": "documented",
            "x-blizwork-pages": [
              "P3"
            ]
          },
          "nextFormId": {
            "type": "string",
            "minLength": 1,
            "description": "The form of the chosen action; one of the actions the process defines for `formId`.",
            "x-blizwork-source": "documented",
            "x-blizwork-pages": [
              "P3"
            ],
            "x-blizwork-assumptions": [
              "exec-required-members"
            ]
          },
          "skipExtensions": {
            "type": "boolean",
            "default": false,
            "description": "Sent by the wrapper; assumed to suppress the extensions tied to this transition.",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "exec-skip-extensions",
              "unknown-body-members-tolerated"
            ]
          },
          "formData": {
            "type": "object",
            "description": "Field id to value.",
            "x-blizwork-source": "documented",
            "x-blizwork-pages": [
              "P3"
            ],
            "x-blizwork-assumptions": [
              "exec-required-members"
            ],
            "additionalProperties": {
              "$ref": "#/components/schemas/FormFieldValue"
            }
          }
        }
      },
      "SendNotificationRequest": {
        "type": "object",
        "x-blizwork-source": "documented",
        "x-blizwork-pages": [
          "P5"
        ],
        "required": [
          "template",
          "params"
        ],
        "properties": {
          "template": {
            "type": "string",
            "minLength": 1,
            "description": "Id of the e-mail template.",
            "x-blizwork-source": "documented",
            "x-blizwork-pages": [
              "P5"
            ]
          },
          "params": {
            "type": "object",
            "required": [
              "to"
            ],
            "description": "Template parameters; their types depend on the template.",
            "x-blizwork-source": "documented",
            "x-blizwork-pages": [
              "P5"
            ],
            "properties": {
              "to": {
                "type": "string",
                "minLength": 1,
                "description": "Recipient e-mails, comma-separated.",
                "x-blizwork-source": "documented",
                "x-blizwork-pages": [
                  "P5"
                ],
                "x-blizwork-assumptions": [
                  "notification-to-required"
                ]
              }
            },
            "additionalProperties": true
          }
        }
      },
      "ValidateCallRequest": {
        "type": "object",
        "x-blizwork-source": "documented",
        "x-blizwork-pages": [
          "P4"
        ],
        "required": [
          "endpoint",
          "token"
        ],
        "properties": {
          "endpoint": {
            "type": "string",
            "format": "uri",
            "description": "The URI of the webhook that BlizWork invoked.",
            "x-blizwork-source": "documented",
            "x-blizwork-pages": [
              "P4"
            ],
            "x-blizwork-assumptions": [
              "validatecall-endpoint-exact"
            ]
          },
          "token": {
            "type": "string",
            "minLength": 1,
            "description": "The call's one-time `handshakeToken` (not the API token).",
            "x-blizwork-source": "documented",
            "x-blizwork-pages": [
              "P4"
            ]
          }
        }
      },
      "GetCaseRequest": {
        "type": "object",
        "x-blizwork-source": "wrapper",
        "x-blizwork-assumptions": [
          "wrapper-body-members"
        ],
        "required": [
          "userId",
          "processId",
          "caseNumber"
        ],
        "properties": {
          "userId": {
            "$ref": "#/components/schemas/UserId",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "wrapper-body-members"
            ]
          },
          "environment": {
            "$ref": "#/components/schemas/Environment",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "wrapper-body-members",
              "environment-member"
            ]
          },
          "processId": {
            "$ref": "#/components/schemas/ProcessId",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "wrapper-body-members"
            ]
          },
          "caseNumber": {
            "$ref": "#/components/schemas/CaseNumber",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "wrapper-body-members"
            ]
          },
          "include": {
            "$ref": "#/components/schemas/CaseDataLevel",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "wrapper-body-members",
              "include-levels"
            ]
          }
        }
      },
      "GetCaseReply": {
        "x-blizwork-source": "wrapper",
        "x-blizwork-assumptions": [
          "reply-payload",
          "reads-result-envelope"
        ],
        "allOf": [
          {
            "$ref": "#/components/schemas/AnyEnvelope"
          },
          {
            "$ref": "#/components/schemas/SuccessCarriesPayload"
          },
          {
            "type": "object",
            "properties": {
              "payload": {
                "$ref": "#/components/schemas/CaseDocument",
                "x-blizwork-source": "wrapper",
                "x-blizwork-assumptions": [
                  "reply-payload",
                  "case-document-shape"
                ]
              }
            }
          }
        ]
      },
      "ActivityRef": {
        "type": "object",
        "x-blizwork-source": "wrapper",
        "x-blizwork-assumptions": [
          "case-document-shape"
        ],
        "required": [
          "formId"
        ],
        "properties": {
          "formId": {
            "type": "string",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "case-document-shape"
            ]
          }
        },
        "additionalProperties": true
      },
      "HistoryEntry": {
        "type": "object",
        "description": "One step of the case. Every entry carries `currentActivity` (the Python wrapper's `form()` and\n`latest_form()` read `entry['currentActivity']['formId']` on each, so real histories have it).\nThe first entry records the case's start: what BlizWork puts in its `currentActivity` is\nunknown (inferred); the emulator sends `{formId: ''}` (no form executed yet), which never equals\na real form id. Clients should not rely on the first entry's `currentActivity.formId`.\n",
        "x-blizwork-source": "wrapper",
        "x-blizwork-assumptions": [
          "case-document-shape"
        ],
        "properties": {
          "currentActivity": {
            "$ref": "#/components/schemas/ActivityRef",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "case-document-shape",
              "history-first-entry"
            ]
          },
          "nextActivity": {
            "$ref": "#/components/schemas/ActivityRef",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "case-document-shape"
            ]
          },
          "updatedBy": {
            "type": "string",
            "description": "E-mail of the user who executed the activity.",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "case-document-shape"
            ]
          },
          "updatedOn": {
            "type": "string",
            "description": "ISO-8601 timestamp; its first 10 characters are the date.",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "case-document-shape"
            ]
          }
        },
        "additionalProperties": true
      },
      "FieldValue": {
        "type": "object",
        "x-blizwork-source": "wrapper",
        "x-blizwork-assumptions": [
          "case-document-shape"
        ],
        "required": [
          "slug"
        ],
        "properties": {
          "slug": {
            "type": "string",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "case-document-shape"
            ]
          },
          "fileName": {
            "type": "string",
            "x-blizwork-source": "inferred",
            "x-blizwork-assumptions": [
              "case-document-shape"
            ]
          },
          "fileUrl": {
            "type": "string",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "case-document-shape"
            ]
          }
        },
        "additionalProperties": true
      },
      "CaseDocument": {
        "type": "object",
        "description": "A case. Field names come from the wrapper; types are inferred. More members may exist.",
        "x-blizwork-source": "wrapper",
        "x-blizwork-assumptions": [
          "case-document-shape"
        ],
        "properties": {
          "companyId": {
            "$ref": "#/components/schemas/CompanyId",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "case-document-shape"
            ]
          },
          "environment": {
            "$ref": "#/components/schemas/Environment",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "case-document-shape"
            ]
          },
          "processSlug": {
            "$ref": "#/components/schemas/ProcessId",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "case-document-shape"
            ]
          },
          "processVersion": {
            "type": "integer",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "case-document-shape"
            ]
          },
          "caseNumber": {
            "$ref": "#/components/schemas/CaseNumber",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "case-document-shape"
            ]
          },
          "createAudit": {
            "type": "object",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "case-document-shape"
            ],
            "properties": {
              "user": {
                "type": "string",
                "description": "E-mail of the user who started the case.",
                "x-blizwork-source": "wrapper",
                "x-blizwork-assumptions": [
                  "case-document-shape"
                ]
              },
              "date": {
                "type": "string",
                "x-blizwork-source": "inferred",
                "x-blizwork-assumptions": [
                  "create-audit-date"
                ]
              }
            },
            "additionalProperties": true
          },
          "fields": {
            "type": "object",
            "description": "Field slug to current value.",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "case-document-shape"
            ],
            "additionalProperties": true
          },
          "fieldValues": {
            "type": "array",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "case-document-shape"
            ],
            "items": {
              "$ref": "#/components/schemas/FieldValue"
            }
          },
          "history": {
            "type": "array",
            "description": "Present from include level 2. The last entry's `nextActivity` is the form the case waits on.",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "case-document-shape",
              "include-levels"
            ],
            "items": {
              "$ref": "#/components/schemas/HistoryEntry"
            }
          },
          "closed": {
            "type": "boolean",
            "description": "Inferred, not documented: true once the case reached a final form (a form with no next\nform), after which no activity can be executed. The emulator always sends it; a server may\nnot, so clients must tolerate its absence.\n",
            "x-blizwork-source": "inferred",
            "x-blizwork-assumptions": [
              "case-closed-member"
            ]
          },
          "processDefinition": {
            "type": "object",
            "description": "Present from include level 3.",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "include-levels",
              "process-definition-shape"
            ],
            "properties": {
              "companyId": {
                "$ref": "#/components/schemas/CompanyId",
                "x-blizwork-source": "wrapper",
                "x-blizwork-assumptions": [
                  "case-document-shape"
                ]
              }
            },
            "additionalProperties": true
          }
        },
        "additionalProperties": true
      },
      "ListCasesRequest": {
        "type": "object",
        "x-blizwork-source": "wrapper",
        "x-blizwork-assumptions": [
          "wrapper-body-members"
        ],
        "required": [
          "userId",
          "processId"
        ],
        "properties": {
          "userId": {
            "$ref": "#/components/schemas/UserId",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "wrapper-body-members"
            ]
          },
          "environment": {
            "$ref": "#/components/schemas/Environment",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "wrapper-body-members",
              "environment-member"
            ]
          },
          "processId": {
            "$ref": "#/components/schemas/ProcessId",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "wrapper-body-members"
            ]
          },
          "filter": {
            "$ref": "#/components/schemas/Filter",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "wrapper-body-members",
              "filter-equality"
            ]
          }
        }
      },
      "CaseSummary": {
        "type": "object",
        "description": "A case summary; its shape is unknown beyond `caseNumber` (inferred).",
        "x-blizwork-source": "inferred",
        "x-blizwork-assumptions": [
          "case-summary-shape"
        ],
        "properties": {
          "caseNumber": {
            "$ref": "#/components/schemas/CaseNumber",
            "x-blizwork-source": "inferred",
            "x-blizwork-assumptions": [
              "case-summary-shape"
            ]
          },
          "closed": {
            "type": "boolean",
            "description": "Inferred, not documented: true once the case reached a final form (a form with no next\nform), after which no activity can be executed. The emulator always sends it; a server may\nnot, so clients must tolerate its absence.\n",
            "x-blizwork-source": "inferred",
            "x-blizwork-assumptions": [
              "case-closed-member"
            ]
          }
        },
        "additionalProperties": true
      },
      "ListCasesReply": {
        "x-blizwork-source": "wrapper",
        "x-blizwork-assumptions": [
          "reply-payload",
          "reads-result-envelope"
        ],
        "allOf": [
          {
            "$ref": "#/components/schemas/AnyEnvelope"
          },
          {
            "$ref": "#/components/schemas/SuccessCarriesPayload"
          },
          {
            "type": "object",
            "properties": {
              "payload": {
                "type": "array",
                "x-blizwork-source": "wrapper",
                "x-blizwork-assumptions": [
                  "reply-payload",
                  "case-summary-shape"
                ],
                "items": {
                  "$ref": "#/components/schemas/CaseSummary"
                }
              }
            }
          }
        ]
      },
      "MasterDataRecord": {
        "type": "object",
        "description": "A flat record keyed by column name.",
        "x-blizwork-source": "wrapper",
        "x-blizwork-assumptions": [
          "master-data-records-flat"
        ],
        "additionalProperties": true
      },
      "QueryMasterDataRequest": {
        "type": "object",
        "x-blizwork-source": "wrapper",
        "x-blizwork-assumptions": [
          "wrapper-body-members"
        ],
        "required": [
          "userId",
          "table",
          "filter"
        ],
        "properties": {
          "userId": {
            "$ref": "#/components/schemas/UserId",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "wrapper-body-members"
            ]
          },
          "environment": {
            "$ref": "#/components/schemas/Environment",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "wrapper-body-members",
              "environment-member"
            ]
          },
          "table": {
            "type": "string",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "wrapper-body-members"
            ],
            "minLength": 1
          },
          "filter": {
            "$ref": "#/components/schemas/Filter",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "wrapper-body-members",
              "filter-equality",
              "master-data-literal-values"
            ]
          }
        }
      },
      "QueryMasterDataReply": {
        "x-blizwork-source": "wrapper",
        "x-blizwork-assumptions": [
          "reply-payload",
          "reads-result-envelope"
        ],
        "allOf": [
          {
            "$ref": "#/components/schemas/AnyEnvelope"
          },
          {
            "$ref": "#/components/schemas/SuccessCarriesPayload"
          },
          {
            "type": "object",
            "properties": {
              "payload": {
                "type": "array",
                "x-blizwork-source": "wrapper",
                "x-blizwork-assumptions": [
                  "reply-payload",
                  "master-data-records-flat"
                ],
                "items": {
                  "$ref": "#/components/schemas/MasterDataRecord"
                }
              }
            }
          }
        ]
      },
      "UpsertMasterDataRequest": {
        "type": "object",
        "x-blizwork-source": "wrapper",
        "x-blizwork-assumptions": [
          "wrapper-body-members"
        ],
        "required": [
          "userId",
          "table",
          "filter",
          "update"
        ],
        "properties": {
          "userId": {
            "$ref": "#/components/schemas/UserId",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "wrapper-body-members"
            ]
          },
          "environment": {
            "$ref": "#/components/schemas/Environment",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "wrapper-body-members",
              "environment-member"
            ]
          },
          "table": {
            "type": "string",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "wrapper-body-members"
            ],
            "minLength": 1
          },
          "filter": {
            "$ref": "#/components/schemas/Filter",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "wrapper-body-members",
              "filter-equality",
              "master-data-literal-values",
              "upsert-updates-all-matches"
            ]
          },
          "update": {
            "type": "object",
            "description": "Column to literal value.",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "wrapper-body-members",
              "master-data-literal-values",
              "upsert-insert-merges-filter"
            ],
            "additionalProperties": true
          }
        }
      },
      "DeleteMasterDataRequest": {
        "type": "object",
        "x-blizwork-source": "wrapper",
        "x-blizwork-assumptions": [
          "wrapper-body-members"
        ],
        "required": [
          "userId",
          "table",
          "filter"
        ],
        "properties": {
          "userId": {
            "$ref": "#/components/schemas/UserId",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "wrapper-body-members"
            ]
          },
          "environment": {
            "$ref": "#/components/schemas/Environment",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "wrapper-body-members",
              "environment-member"
            ]
          },
          "table": {
            "type": "string",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "wrapper-body-members"
            ],
            "minLength": 1
          },
          "filter": {
            "$ref": "#/components/schemas/Filter",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "wrapper-body-members",
              "filter-equality",
              "master-data-literal-values"
            ]
          }
        }
      },
      "MasterDataWriteReply": {
        "x-blizwork-source": "inferred",
        "x-blizwork-assumptions": [
          "master-data-write-payload"
        ],
        "allOf": [
          {
            "$ref": "#/components/schemas/AnyEnvelope"
          },
          {
            "type": "object",
            "properties": {
              "payload": {
                "type": "object",
                "description": "Unknown; assumed counts (`inserted`, `updated`, `deleted`).",
                "x-blizwork-source": "inferred",
                "x-blizwork-assumptions": [
                  "reply-payload",
                  "master-data-write-payload"
                ],
                "additionalProperties": true
              }
            }
          }
        ]
      },
      "UploadAttachmentRequest": {
        "type": "object",
        "x-blizwork-source": "wrapper",
        "x-blizwork-assumptions": [
          "wrapper-body-members"
        ],
        "required": [
          "userId",
          "filename",
          "file"
        ],
        "properties": {
          "userId": {
            "$ref": "#/components/schemas/UserId",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "wrapper-body-members"
            ]
          },
          "module": {
            "type": "string",
            "default": "form",
            "description": "Hard-coded to `form` by the wrapper; assumed to mark a form attachment.",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "wrapper-body-members"
            ]
          },
          "filename": {
            "type": "string",
            "minLength": 1,
            "description": "The file name (lower-case `filename`, as the wrapper sends it).",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "wrapper-body-members"
            ]
          },
          "file": {
            "type": "string",
            "contentEncoding": "base64",
            "description": "The file content, base64-encoded (inferred).",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "wrapper-body-members",
              "upload-base64"
            ]
          }
        }
      },
      "UploadAttachmentReply": {
        "x-blizwork-source": "inferred",
        "x-blizwork-assumptions": [
          "upload-reply-attachment"
        ],
        "allOf": [
          {
            "$ref": "#/components/schemas/AnyEnvelope"
          },
          {
            "$ref": "#/components/schemas/SuccessCarriesPayload"
          },
          {
            "type": "object",
            "properties": {
              "payload": {
                "$ref": "#/components/schemas/AttachmentValue",
                "x-blizwork-source": "inferred",
                "x-blizwork-assumptions": [
                  "reply-payload",
                  "upload-reply-attachment"
                ]
              }
            }
          }
        ]
      },
      "ExtensionCallBody": {
        "type": "object",
        "x-blizwork-source": "wrapper",
        "x-blizwork-assumptions": [
          "extension-body-shape"
        ],
        "required": [
          "environment",
          "processId",
          "processVersion",
          "caseNumber",
          "handshakeToken"
        ],
        "properties": {
          "environment": {
            "$ref": "#/components/schemas/Environment",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "extension-body-shape"
            ]
          },
          "processId": {
            "$ref": "#/components/schemas/ProcessId",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "extension-body-shape"
            ]
          },
          "processVersion": {
            "type": "integer",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "extension-body-shape"
            ]
          },
          "caseNumber": {
            "$ref": "#/components/schemas/CaseNumber",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "extension-body-shape"
            ]
          },
          "handshakeToken": {
            "type": "string",
            "description": "One-time 24-character id; verify the call with it through `validateCall`.",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "extension-body-shape"
            ]
          },
          "fields": {
            "type": "object",
            "description": "Case field values by slug (read by the wrapper; not in the documented example).",
            "x-blizwork-source": "wrapper",
            "x-blizwork-assumptions": [
              "extension-body-shape"
            ],
            "additionalProperties": true
          }
        },
        "additionalProperties": true
      }
    }
  },
  "operations": [
    {
      "operationId": "startCase",
      "method": "POST",
      "path": "/init/{token}",
      "requestSchema": {
        "$ref": "#/components/schemas/StartCaseRequest"
      },
      "requestExample": {
        "companyId": "5fe4a1f0f5d18203afbd6af2",
        "userId": "usuario@organizacion.com",
        "workflowId": "proceso-atencion"
      },
      "pathParamExamples": {
        "token": "lKAMtO2GZfw4bO2x4w2FZSe3qdToei"
      },
      "exampleReply": {
        "found": true,
        "value": {
          "resultCode": 0,
          "resultMessage": "OK",
          "caseNumber": 123
        }
      },
      "replySchema": {
        "$ref": "#/components/schemas/StartCaseReply"
      }
    },
    {
      "operationId": "executeActivity",
      "method": "POST",
      "path": "/exec/{token}",
      "requestSchema": {
        "$ref": "#/components/schemas/ExecuteActivityRequest"
      },
      "requestExample": {
        "companyId": "5fe4a1f0f5d18203afbd6af2",
        "userId": "usuario@organizacion.com",
        "workflowId": "proceso-atencion",
        "environment": "production",
        "caseNumber": 4,
        "formId": "ingreso-datos",
        "nextFormId": "revision",
        "skipExtensions": false,
        "formData": {
          "fieldId1": "fieldValue1",
          "fieldId2": 0,
          "attachment_field": {
            "fileName": "The File Name.pdf",
            "fileUrl": "https://path.to.file.com/folder/the-file-name.pdf"
          }
        }
      },
      "pathParamExamples": {
        "token": "lKAMtO2GZfw4bO2x4w2FZSe3qdToei"
      },
      "exampleReply": {
        "found": true,
        "value": {
          "resultCode": 0,
          "resultMessage": "OK"
        }
      },
      "replySchema": {
        "$ref": "#/components/schemas/AnyEnvelope"
      }
    },
    {
      "operationId": "sendNotification",
      "method": "POST",
      "path": "/utils/send-notification/{token}",
      "requestSchema": {
        "$ref": "#/components/schemas/SendNotificationRequest"
      },
      "requestExample": {
        "template": "process-notification-hook",
        "params": {
          "to": "usuario@correo.com,usuario2@correo.com",
          "userName": "Ana",
          "amount": 1.5
        }
      },
      "pathParamExamples": {
        "token": "lKAMtO2GZfw4bO2x4w2FZSe3qdToei"
      },
      "exampleReply": {
        "found": true,
        "value": {
          "resultCode": 0,
          "resultMessage": "OK"
        }
      },
      "replySchema": {
        "$ref": "#/components/schemas/ResultEnvelope"
      }
    },
    {
      "operationId": "validateCall",
      "method": "POST",
      "path": "/utils/validatecall/{token}",
      "requestSchema": {
        "$ref": "#/components/schemas/ValidateCallRequest"
      },
      "requestExample": {
        "endpoint": "https://hooks.example.com/blizwork/qualification",
        "token": "642c8f141be17c78c05bcb4c"
      },
      "pathParamExamples": {
        "token": "lKAMtO2GZfw4bO2x4w2FZSe3qdToei"
      },
      "exampleReply": {
        "found": true,
        "value": {
          "resultCode": 0,
          "resultMessage": "OK"
        }
      },
      "replySchema": {
        "$ref": "#/components/schemas/ResultEnvelope"
      }
    },
    {
      "operationId": "validateCallByPath",
      "method": "POST",
      "path": "/utils/validatecall/{handshakeToken}/{token}/",
      "requestSchema": {
        "$ref": "#/components/schemas/EmptyRequest"
      },
      "requestExample": {},
      "pathParamExamples": {
        "handshakeToken": "642c8f141be17c78c05bcb4c",
        "token": "lKAMtO2GZfw4bO2x4w2FZSe3qdToei"
      },
      "exampleReply": {
        "found": true,
        "value": {
          "resultCode": 0,
          "resultMessage": "OK"
        }
      },
      "replySchema": {
        "$ref": "#/components/schemas/AnyEnvelope"
      }
    },
    {
      "operationId": "getCase",
      "method": "POST",
      "path": "/process/case/{token}/",
      "requestSchema": {
        "$ref": "#/components/schemas/GetCaseRequest"
      },
      "requestExample": {
        "userId": "usuario@organizacion.com",
        "environment": "production",
        "processId": "sales-process",
        "caseNumber": 39,
        "include": 3
      },
      "pathParamExamples": {
        "token": "lKAMtO2GZfw4bO2x4w2FZSe3qdToei"
      },
      "exampleReply": {
        "found": true,
        "value": {
          "resultCode": 0,
          "resultMessage": "OK",
          "payload": {
            "companyId": "5fe4a1f0f5d18203afbd6af2",
            "environment": "production",
            "processSlug": "sales-process",
            "processVersion": 1,
            "caseNumber": 39,
            "createAudit": {
              "user": "usuario@organizacion.com",
              "date": "2026-11-20T10:15:00.000Z"
            },
            "fields": {
              "customer_name": "ACME",
              "amount": 1200
            },
            "fieldValues": [
              {
                "slug": "customer_name",
                "value": "ACME"
              }
            ],
            "history": [
              {
                "currentActivity": {
                  "formId": ""
                },
                "nextActivity": {
                  "formId": "lead"
                },
                "updatedBy": "usuario@organizacion.com",
                "updatedOn": "2026-11-20T10:15:00.000Z"
              },
              {
                "currentActivity": {
                  "formId": "lead"
                },
                "nextActivity": {
                  "formId": "qualification"
                },
                "updatedBy": "usuario@organizacion.com",
                "updatedOn": "2026-11-21T09:00:00.000Z"
              }
            ],
            "processDefinition": {
              "companyId": "5fe4a1f0f5d18203afbd6af2",
              "processId": "sales-process",
              "name": "Sales process"
            }
          }
        }
      },
      "replySchema": {
        "$ref": "#/components/schemas/GetCaseReply"
      }
    },
    {
      "operationId": "listCases",
      "method": "POST",
      "path": "/process/case-list/{token}/",
      "requestSchema": {
        "$ref": "#/components/schemas/ListCasesRequest"
      },
      "requestExample": {
        "userId": "usuario@organizacion.com",
        "environment": "production",
        "processId": "sales-process",
        "filter": {
          "customer_name": "ACME"
        }
      },
      "pathParamExamples": {
        "token": "lKAMtO2GZfw4bO2x4w2FZSe3qdToei"
      },
      "exampleReply": {
        "found": true,
        "value": {
          "resultCode": 0,
          "resultMessage": "OK",
          "payload": [
            {
              "caseNumber": 39,
              "environment": "production",
              "processSlug": "sales-process",
              "processVersion": 1,
              "currentFormId": "qualification",
              "closed": false,
              "fields": {
                "customer_name": "ACME"
              }
            }
          ]
        }
      },
      "replySchema": {
        "$ref": "#/components/schemas/ListCasesReply"
      }
    },
    {
      "operationId": "queryMasterData",
      "method": "POST",
      "path": "/master-data/{token}/",
      "requestSchema": {
        "$ref": "#/components/schemas/QueryMasterDataRequest"
      },
      "requestExample": {
        "userId": "usuario@organizacion.com",
        "environment": "production",
        "table": "Clientes",
        "filter": {
          "Código": "P-001"
        }
      },
      "pathParamExamples": {
        "token": "lKAMtO2GZfw4bO2x4w2FZSe3qdToei"
      },
      "exampleReply": {
        "found": true,
        "value": {
          "resultCode": 0,
          "resultMessage": "OK",
          "payload": [
            {
              "Código": "P-001",
              "nombre": "ACME",
              "ciudad": "Santiago"
            }
          ]
        }
      },
      "replySchema": {
        "$ref": "#/components/schemas/QueryMasterDataReply"
      }
    },
    {
      "operationId": "upsertMasterData",
      "method": "POST",
      "path": "/master-data/upsert/{token}/",
      "requestSchema": {
        "$ref": "#/components/schemas/UpsertMasterDataRequest"
      },
      "requestExample": {
        "userId": "usuario@organizacion.com",
        "environment": "production",
        "table": "Clientes",
        "filter": {
          "Código": "P-001"
        },
        "update": {
          "ciudad": "Valparaíso"
        }
      },
      "pathParamExamples": {
        "token": "lKAMtO2GZfw4bO2x4w2FZSe3qdToei"
      },
      "exampleReply": {
        "found": true,
        "value": {
          "resultCode": 0,
          "resultMessage": "OK",
          "payload": {
            "inserted": 0,
            "updated": 1
          }
        }
      },
      "replySchema": {
        "$ref": "#/components/schemas/MasterDataWriteReply"
      }
    },
    {
      "operationId": "deleteMasterData",
      "method": "POST",
      "path": "/master-data/delete/{token}/",
      "requestSchema": {
        "$ref": "#/components/schemas/DeleteMasterDataRequest"
      },
      "requestExample": {
        "userId": "usuario@organizacion.com",
        "environment": "production",
        "table": "Clientes",
        "filter": {
          "Código": "P-001"
        }
      },
      "pathParamExamples": {
        "token": "lKAMtO2GZfw4bO2x4w2FZSe3qdToei"
      },
      "exampleReply": {
        "found": true,
        "value": {
          "resultCode": 0,
          "resultMessage": "OK",
          "payload": {
            "deleted": 1
          }
        }
      },
      "replySchema": {
        "$ref": "#/components/schemas/MasterDataWriteReply"
      }
    },
    {
      "operationId": "uploadAttachment",
      "method": "POST",
      "path": "/attachment/upload/{token}/",
      "requestSchema": {
        "$ref": "#/components/schemas/UploadAttachmentRequest"
      },
      "requestExample": {
        "userId": "usuario@organizacion.com",
        "module": "form",
        "filename": "quote.pdf",
        "file": "JVBERi0xLjQKJcOkw7zDtsOfCg=="
      },
      "pathParamExamples": {
        "token": "lKAMtO2GZfw4bO2x4w2FZSe3qdToei"
      },
      "exampleReply": {
        "found": true,
        "value": {
          "resultCode": 0,
          "resultMessage": "OK",
          "payload": {
            "fileName": "quote.pdf",
            "fileUrl": "https://files.blizwork.com/attachments/5fe4a1f0/quote.pdf"
          }
        }
      },
      "replySchema": {
        "$ref": "#/components/schemas/UploadAttachmentReply"
      }
    }
  ]
};
