// generated, do not edit: written by packages/emulator/scripts/generate-spec-module.mjs from packages/emulator/seed.schema.json.
// Run `pnpm generate` at the repository root to regenerate.

/** The JSON Schema (draft 2020-12) every emulator seed must satisfy. */
export const seedJsonSchema: Readonly<Record<string, unknown>> = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:blizwork:emulator:seed",
  "title": "BlizWork emulator seed",
  "description": "The initial state of a @blizwork/emulator: companies, processes (one entry per environment), cases, master data, extensions and pre-issued handshake tokens. Every list is optional except companies.",
  "type": "object",
  "required": [
    "companies"
  ],
  "additionalProperties": false,
  "properties": {
    "$schema": {
      "type": "string",
      "description": "Lets a seed file point at this schema."
    },
    "companies": {
      "type": "array",
      "minItems": 1,
      "description": "The first company's first token and first user are the emulator's `token` and `userId`.",
      "items": {
        "$ref": "#/$defs/company"
      }
    },
    "processes": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/process"
      }
    },
    "cases": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/case"
      }
    },
    "masterData": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/table"
      }
    },
    "extensions": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/extension"
      }
    },
    "handshakes": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/handshake"
      }
    }
  },
  "$defs": {
    "id": {
      "type": "string",
      "minLength": 1
    },
    "environment": {
      "enum": [
        "production",
        "draft"
      ]
    },
    "company": {
      "type": "object",
      "required": [
        "companyId",
        "name",
        "tokens",
        "users"
      ],
      "additionalProperties": false,
      "properties": {
        "companyId": {
          "$ref": "#/$defs/id"
        },
        "name": {
          "type": "string"
        },
        "tokens": {
          "type": "array",
          "minItems": 1,
          "description": "API tokens of the company; unique across all companies.",
          "items": {
            "$ref": "#/$defs/id"
          }
        },
        "users": {
          "type": "array",
          "minItems": 1,
          "description": "E-mails of the users authorized to use the company's tokens.",
          "items": {
            "$ref": "#/$defs/id"
          }
        },
        "plan": {
          "enum": [
            "free",
            "basico",
            "medio",
            "avanzado",
            "empresa",
            "corporativo"
          ],
          "description": "The company's BlizWork plan (the spec's x-blizwork-plans, exported as PLAN_LIMITS): its documented transactions per second and, for free, a cap of 10 cases (startCase of case #11 answers code 200). A free company's rate follows the emulator's freePlan assumption switch."
        },
        "transactionsPerSecond": {
          "type": "number",
          "minimum": 0,
          "description": "The company's limit in transactions per second; wins over plan's rate and over the emulator's transactionsPerSecond option."
        }
      }
    },
    "field": {
      "type": "object",
      "required": [
        "id",
        "type"
      ],
      "additionalProperties": false,
      "properties": {
        "id": {
          "$ref": "#/$defs/id"
        },
        "type": {
          "$ref": "#/$defs/id",
          "description": "Field type, e.g. text, number, attachment (informative: values are not checked against it)."
        },
        "label": {
          "type": "string"
        }
      }
    },
    "form": {
      "type": "object",
      "required": [
        "formId",
        "fields",
        "nextFormIds"
      ],
      "additionalProperties": false,
      "properties": {
        "formId": {
          "$ref": "#/$defs/id"
        },
        "name": {
          "type": "string"
        },
        "fields": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/field"
          }
        },
        "nextFormIds": {
          "type": "array",
          "description": "The actions of this form; an empty list makes it a final form.",
          "items": {
            "$ref": "#/$defs/id"
          }
        }
      }
    },
    "process": {
      "type": "object",
      "description": "One environment's version of a process. A process given for one environment only gets the same definition in the other.",
      "required": [
        "companyId",
        "processId",
        "name",
        "version",
        "forms"
      ],
      "additionalProperties": false,
      "properties": {
        "companyId": {
          "$ref": "#/$defs/id"
        },
        "processId": {
          "$ref": "#/$defs/id"
        },
        "name": {
          "type": "string"
        },
        "version": {
          "type": "integer",
          "minimum": 1
        },
        "environment": {
          "$ref": "#/$defs/environment",
          "default": "production"
        },
        "forms": {
          "type": "array",
          "minItems": 1,
          "description": "The first form is the start form.",
          "items": {
            "$ref": "#/$defs/form"
          }
        }
      }
    },
    "case": {
      "type": "object",
      "required": [
        "companyId",
        "processId"
      ],
      "additionalProperties": false,
      "properties": {
        "companyId": {
          "$ref": "#/$defs/id"
        },
        "processId": {
          "$ref": "#/$defs/id"
        },
        "environment": {
          "$ref": "#/$defs/environment",
          "default": "production"
        },
        "caseNumber": {
          "type": "integer",
          "minimum": 1,
          "description": "Defaults to the next free number of the process in that environment."
        },
        "createdBy": {
          "$ref": "#/$defs/id",
          "description": "Defaults to the company's first user."
        },
        "createdOn": {
          "type": "string",
          "format": "date-time",
          "description": "ISO timestamp of the start and of every seeded step; defaults to the emulator's start time."
        },
        "formPath": {
          "type": "array",
          "minItems": 1,
          "description": "The forms the case went through, from the start form to the form it waits on; a final form last makes the case closed. Defaults to [start form].",
          "items": {
            "$ref": "#/$defs/id"
          }
        },
        "fields": {
          "type": "object",
          "description": "Field values (attachments as {fileName, fileUrl})."
        }
      }
    },
    "table": {
      "type": "object",
      "required": [
        "companyId",
        "table",
        "records"
      ],
      "additionalProperties": false,
      "properties": {
        "companyId": {
          "$ref": "#/$defs/id"
        },
        "table": {
          "$ref": "#/$defs/id"
        },
        "records": {
          "type": "array",
          "items": {
            "type": "object"
          }
        }
      }
    },
    "extension": {
      "type": "object",
      "required": [
        "processId",
        "url"
      ],
      "additionalProperties": false,
      "properties": {
        "companyId": {
          "$ref": "#/$defs/id",
          "description": "Only cases of this company; default any company."
        },
        "processId": {
          "$ref": "#/$defs/id"
        },
        "formId": {
          "$ref": "#/$defs/id",
          "description": "Only execs of this form."
        },
        "nextFormId": {
          "$ref": "#/$defs/id",
          "description": "Only execs moving to this form."
        },
        "url": {
          "type": "string",
          "format": "uri",
          "pattern": "^https?://",
          "description": "http or https URL the emulator POSTs the extension call to."
        }
      }
    },
    "handshake": {
      "type": "object",
      "description": "A one-time handshake token the emulator treats as issued for a call to endpoint (for tests of extension handlers with fixed tokens).",
      "required": [
        "companyId",
        "token",
        "endpoint"
      ],
      "additionalProperties": false,
      "properties": {
        "companyId": {
          "$ref": "#/$defs/id"
        },
        "token": {
          "$ref": "#/$defs/id"
        },
        "endpoint": {
          "type": "string",
          "format": "uri"
        }
      }
    }
  }
};
