//! `toets schema`: the JSON Schema (draft 2020-12) of the model language, so that an editor can
//! check a draft as it is typed (for TOML, e.g. with a `#:schema` directive that Taplo reads).
//!
//! The schema checks shape only: tables, fields, types and keywords. References between
//! elements, duplicate ids and impossible rules are validation's, and only `toets check`
//! reports them.

use crate::model::{
    BodyKind, DecisionKind, Method, Nature, PartyKind, RegionRole, RelationKind, RightKind, Side,
    StepKind, Stream,
};
use serde_json::{Value, json};

fn words<K: Copy>(all: &[K], spell: fn(K) -> &'static str) -> Value {
    Value::from(all.iter().map(|k| spell(*k)).collect::<Vec<_>>())
}

fn text(description: &str) -> Value {
    json!({ "type": "string", "description": description })
}

fn source() -> Value {
    text("The clause this element comes from, e.g. \"IZA 2022, p. 17\".")
}

/// An ISO date, `2024-11-29`; that the day exists is checked by `toets check`.
fn date(description: &str) -> Value {
    json!({
        "type": "string",
        "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        "description": description
    })
}

fn ids(description: &str) -> Value {
    json!({ "type": "array", "items": { "type": "string" }, "description": description })
}

fn table(required: &[&str], properties: Value) -> Value {
    json!({
        "type": "object",
        "required": required,
        "properties": properties,
        "additionalProperties": false
    })
}

/// The schema as JSON.
pub fn model_schema() -> Value {
    let voters = json!({
        "type": "array",
        "minItems": 1,
        "items": {
            "anyOf": [
                { "enum": words(RegionRole::ALL, RegionRole::as_str) },
                { "type": "string", "description": "The id of a party, or of a body (all its members)." }
            ]
        }
    });
    let count = |minimum: u64, description: &str| json!({ "type": "integer", "minimum": minimum, "description": description });
    let rule_forms = json!([
        table(&["all_of"], json!({ "all_of": voters })),
        table(
            &["at_least", "of"],
            json!({ "at_least": count(1, "How many must consent."), "of": voters })
        ),
        table(
            &["unanimous"],
            json!({ "unanimous": text("A body whose members must all consent.") })
        ),
        table(
            &["weighted", "threshold"],
            json!({
                "weighted": text("The body whose members' votes count."),
                "threshold": count(1, "The votes that must consent.")
            })
        ),
        table(
            &["majority_of_present", "quorum"],
            json!({
                "majority_of_present": text("The body that decides by a majority of the votes present."),
                "quorum": count(0, "The votes that must be present.")
            })
        ),
        table(
            &["veto", "rule"],
            json!({ "veto": voters, "rule": { "$ref": "#/$defs/rule" } })
        ),
        table(
            &["all_rules"],
            json!({ "all_rules": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/rule" } } })
        ),
        table(
            &["any_rule"],
            json!({ "any_rule": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/rule" } } })
        ),
    ]);
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "toets model",
        "description": "A draft governance structure, every element citing the clause it comes from. See docs/model-language.md.",
        "type": "object",
        "required": ["model"],
        "additionalProperties": false,
        "properties": {
            "model": table(&["title", "source", "commissioners"], json!({
                "title": text("What this model is."),
                "source": text("The document this model reads."),
                "commissioners": ids("The parties whose equal commissioning is checked."),
                "rlimit": count(0, "The solver's resource limit per proof obligation."),
                "years": {
                    "type": "array", "minItems": 2, "maxItems": 2,
                    "items": { "type": "integer", "minimum": 1900, "maximum": 2200 },
                    "description": "The first and last year the money rules check."
                },
                "rules": ids("The rules that apply; every rule when absent.")
            })),
            "party": { "type": "array", "items": { "$ref": "#/$defs/party" } },
            "body": { "type": "array", "items": { "$ref": "#/$defs/body" } },
            "agreement": { "type": "array", "items": { "$ref": "#/$defs/agreement" } },
            "relation": { "type": "array", "items": { "$ref": "#/$defs/relation" } },
            "right": { "type": "array", "items": { "$ref": "#/$defs/right" } },
            "region": { "type": "array", "items": { "$ref": "#/$defs/region" } },
            "plan": { "type": "array", "items": { "$ref": "#/$defs/plan" } },
            "decision": { "type": "array", "items": { "$ref": "#/$defs/decision" } },
            "task": { "type": "array", "items": { "$ref": "#/$defs/task" } },
            "cut": { "type": "array", "items": { "$ref": "#/$defs/cut" } },
            "process": { "type": "array", "items": { "$ref": "#/$defs/process" } }
        },
        "$defs": {
            "party": table(&["id", "kind", "source"], json!({
                "id": text("The party's id."),
                "name": text("Its name."),
                "kind": { "enum": words(PartyKind::ALL, PartyKind::as_str) },
                "side": { "enum": words(Side::ALL, Side::as_str), "description": "Optional; follows from kind." },
                "source": source()
            })),
            "body": table(&["id", "kind", "members", "source"], json!({
                "id": text("The body's id."),
                "name": text("Its name."),
                "kind": { "enum": words(BodyKind::ALL, BodyKind::as_str) },
                "members": {
                    "type": "array",
                    "items": {
                        "anyOf": [
                            { "type": "string", "description": "A party with one vote." },
                            table(&["party"], json!({ "party": text("The party."), "votes": count(0, "Its votes.") }))
                        ]
                    }
                },
                "chair": text("The party that chairs it."),
                "source": source()
            })),
            "agreement": table(&["id", "source"], json!({
                "id": text("The agreement's id."),
                "name": text("Its name."),
                "commissioner": {
                    "type": "array",
                    "items": table(&["party", "role", "source"], json!({
                        "party": text("A commissioning party (opdrachtgever)."),
                        "role": text("Its role; every commissioner should have the same."),
                        "source": source()
                    }))
                },
                "method": { "enum": words(Method::ALL, Method::as_str), "description": "How the agreement is formed: `udo`, the method of the Uitvoerbaarheidstoets Decentrale Overheden." },
                "method_source": text("The clause that sets the method; required with `method`."),
                "source": source()
            })),
            "relation": {
                "allOf": [
                    table(&["kind", "from", "to", "source"], json!({
                        "kind": { "enum": words(RelationKind::ALL, RelationKind::as_str) },
                        "from": text("The id of a party, body, agreement, region or plan."),
                        "to": text("The id of a party, body, agreement, region or plan."),
                        "amount": { "type": "integer", "description": "Whole euros (funds)." },
                        "year": { "type": "integer", "minimum": 1900, "maximum": 2200, "description": "The year (funds); for structural money the first year." },
                        "until": { "type": "integer", "minimum": 1900, "maximum": 2200, "description": "The last year of structural money, if it ends." },
                        "nature": { "enum": words(Nature::ALL, Nature::as_str) },
                        "stream": { "enum": words(Stream::ALL, Stream::as_str) },
                        "lead": { "type": "boolean", "description": "On a `directs` relation: its party holds the lead (regie) alone." },
                        "source": source()
                    })),
                    {
                        "if": { "properties": { "kind": { "const": "funds" } } },
                        "then": { "required": ["amount", "year", "nature", "stream"] }
                    }
                ]
            },
            "right": table(&["holder", "right", "over", "source"], json!({
                "holder": text("The party that holds the right."),
                "right": { "enum": words(RightKind::ALL, RightKind::as_str) },
                "over": text("The agreement or decision the right is over."),
                "system_responsibility": { "type": "boolean", "description": "Held as the ministry's system responsibility." },
                "source": source()
            })),
            "region": table(&["id", "source"], json!({
                "id": text("The region's id."),
                "name": text("Its name."),
                "market_leaders": ids("Its two market-leading insurers."),
                "insurers": ids("Its insurers."),
                "municipalities": ids("Its municipalities."),
                "mandate_municipality": text("The municipality acting for the others under mandate."),
                "review_body": text("The body in which its plans are reviewed."),
                "source": source()
            })),
            "task": table(&["id", "of", "cost", "from", "source"], json!({
                "id": text("The task's id."),
                "name": text("Its name."),
                "of": text("The party that carries the task."),
                "cost": { "type": "integer", "minimum": 0, "maximum": 1_000_000_000_000_000_i64, "description": "Its structural cost, whole euros a year." },
                "from": { "type": "integer", "minimum": 1900, "maximum": 2200, "description": "The first year." },
                "until": { "type": "integer", "minimum": 1900, "maximum": 2200, "description": "The last year, if it ends." },
                "source": source()
            })),
            "cut": table(&["id", "on", "amount", "from", "source"], json!({
                "id": text("The cut's id."),
                "name": text("Its name."),
                "on": text("The party whose money is cut."),
                "amount": { "type": "integer", "minimum": 0, "maximum": 1_000_000_000_000_000_i64, "description": "Whole euros a year; the bottom of a range." },
                "up_to": { "type": "integer", "minimum": 0, "maximum": 1_000_000_000_000_000_i64, "description": "The top of a range, where a text gives one." },
                "from": { "type": "integer", "minimum": 1900, "maximum": 2200, "description": "The first year." },
                "until": { "type": "integer", "minimum": 1900, "maximum": 2200, "description": "The last year, if it ends." },
                "source": source()
            })),
            "process": table(&["id", "kind", "source"], json!({
                "id": text("The step's id."),
                "name": text("Its name."),
                "kind": { "enum": words(StepKind::ALL, StepKind::as_str) },
                "by": text("The party that takes the step."),
                "after": ids("The steps that must be done before this one starts."),
                "earliest": date("The first day the step may start."),
                "deadline": date("The day by which the step must be done."),
                "days": { "type": "integer", "minimum": 0, "maximum": 36_500, "description": "How many days the step takes; 0 when absent." },
                "source": source()
            })),
            "plan": table(&["id", "funded_by", "source"], json!({
                "id": text("The plan's id."),
                "name": text("Its name."),
                "region": text("Its region."),
                "funded_by": { "enum": words(Stream::ALL, Stream::as_str) },
                "source": source()
            })),
            "decision": {
                "allOf": [
                    table(&["id", "about", "kind", "source"], json!({
                        "id": text("The decision's id."),
                        "name": text("Its name."),
                        "about": { "enum": ["agreement", "process", "plan"] },
                        "subject": text("The agreement it is about, when the model has several."),
                        "kind": { "enum": words(DecisionKind::ALL, DecisionKind::as_str) },
                        "funded_by": { "type": "array", "items": { "enum": words(Stream::ALL, Stream::as_str) } },
                        "taken_by": text("The body that takes it."),
                        "binding": { "type": "boolean", "description": "The decision binds its parties (niet-vrijblijvend)." },
                        "rule": { "$ref": "#/$defs/rule" },
                        "step": {
                            "type": "array",
                            "minItems": 1,
                            "items": table(&["name", "rule", "source"], json!({
                                "name": text("The step's name."),
                                "rule": { "$ref": "#/$defs/rule" },
                                "source": source()
                            }))
                        },
                        "source": source()
                    })),
                    { "oneOf": [ { "required": ["rule"] }, { "required": ["step"] } ] }
                ]
            },
            "rule": { "oneOf": rule_forms }
        }
    })
}

/// The schema as pretty-printed JSON text.
pub fn model_schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&model_schema()).expect("the schema serialises");
    text.push('\n');
    text
}
