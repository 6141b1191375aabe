//! `toets schema`: the model language for editors and for readers, written from its
//! descriptions ([`crate::language::elements`]).
//!
//! - [`model_schema`] is the JSON Schema (draft 2020-12), with which an editor checks a draft
//!   as it is typed (for TOML, e.g. with a `#:schema` directive that Taplo reads). Every
//!   property has a description, in the language asked for.
//! - [`field_tables`] is the reference of every table's fields in Markdown, which
//!   docs/model-language.md carries.
//!
//! The schema checks shape only: tables, fields, types, keywords and ranges, and which fields
//! go with which kind of element. References between elements, duplicate ids and impossible
//! rules are validation's, and only `toets check` reports them.

use crate::lang::Lang;
use crate::language::elements::{
    self, ElementKind, Field, Kind, Need, RULE_FORMS, RuleForm, TOP_LEVEL, Value,
};
use crate::language::keywords::{Keyword, RegionRole};
use crate::language::load::MAX_EUROS;
use serde_json::{Map, Value as Json, json};

/// The JSON Schema of the model language, its descriptions in `lang`.
pub fn model_schema(lang: Lang) -> Json {
    let mut properties = Map::new();
    let mut definitions = Map::new();
    for kind in TOP_LEVEL {
        if kind.key == elements::MODEL.key {
            properties.insert(kind.key.into(), element(kind, lang));
        } else {
            properties.insert(
                kind.key.into(),
                json!({
                    "type": "array",
                    "description": kind.doc.get(lang),
                    "items": { "$ref": format!("#/$defs/{}", kind.key) }
                }),
            );
            definitions.insert(kind.key.into(), element(kind, lang));
        }
    }
    let forms: Vec<Json> = RULE_FORMS.iter().map(|f| rule_form(f, lang)).collect();
    definitions.insert("rule".into(), json!({ "oneOf": forms }));
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "toets model",
        "description": lang.pick(
            "A draft governance structure, every element citing the clause it comes from. See docs/model-language.md.",
            "Een ontwerp van een bestuursstructuur, elk element met de bepaling waar het vandaan komt. Zie docs/model-language.md."
        ),
        "type": "object",
        "required": [elements::MODEL.key],
        "additionalProperties": false,
        "properties": properties,
        "$defs": definitions
    })
}

/// The schema as pretty-printed JSON text.
pub fn model_schema_text(lang: Lang) -> String {
    let mut text =
        serde_json::to_string_pretty(&model_schema(lang)).expect("the schema serialises");
    text.push('\n');
    text
}

/// The schema of a table of `kind`: its fields, those it requires, and which go with which
/// `kind` of element.
pub fn element(kind: &ElementKind, lang: Lang) -> Json {
    let fields: Vec<&Field> = kind.all_fields().collect();
    let table = object(kind.doc.get(lang), &fields, lang);
    let mut conditions = Vec::new();
    // The fields that go with one keyword of another field: (field, keyword, required, allowed).
    let mut by_keyword: Vec<(&str, &str, Vec<&str>, Vec<&str>)> = Vec::new();
    for field in &fields {
        if let Need::RequiredWhen(name, word) | Need::AllowedWhen(name, word) = field.need {
            let at = match by_keyword
                .iter()
                .position(|(n, w, _, _)| (*n, *w) == (name, word))
            {
                Some(at) => at,
                None => {
                    by_keyword.push((name, word, Vec::new(), Vec::new()));
                    by_keyword.len() - 1
                }
            };
            by_keyword[at].3.push(field.name);
            if let Need::RequiredWhen(..) = field.need {
                by_keyword[at].2.push(field.name);
            }
        }
    }
    for (name, word, required, allowed) in by_keyword {
        let not_allowed: Map<String, Json> = allowed
            .iter()
            .map(|field| (field.to_string(), Json::Bool(false)))
            .collect();
        conditions.push(json!({
            "if": { "required": [name], "properties": { name: { "const": word } } },
            "then": { "required": required },
            "else": { "properties": not_allowed }
        }));
    }
    let mut groups: Vec<&'static [&'static str]> = Vec::new();
    for field in &fields {
        if let Need::OneOf(group) = field.need {
            if !groups.contains(&group) {
                groups.push(group);
                let one_of: Vec<Json> = group.iter().map(|n| json!({ "required": [n] })).collect();
                conditions.push(json!({ "oneOf": one_of }));
            }
        }
    }
    if conditions.is_empty() {
        return table;
    }
    let mut all_of = vec![table];
    all_of.extend(conditions);
    json!({ "description": kind.doc.get(lang), "allOf": all_of })
}

/// A closed object of `fields`, described.
fn object(description: &str, fields: &[&Field], lang: Lang) -> Json {
    let properties: Map<String, Json> = fields
        .iter()
        .map(|f| (f.name.to_string(), property(f, lang)))
        .collect();
    let required: Vec<&str> = fields
        .iter()
        .filter(|f| f.need == Need::Required)
        .map(|f| f.name)
        .collect();
    json!({
        "type": "object",
        "description": description,
        "required": required,
        "properties": properties,
        "additionalProperties": false
    })
}

/// One form of rule, as a closed object.
fn rule_form(form: &RuleForm, lang: Lang) -> Json {
    let fields: Vec<&Field> = form.fields.iter().collect();
    let description = match lang {
        Lang::En => format!("`{}`: passes when {}.", form.key, form.doc.en),
        Lang::Nl => format!("`{}`: slaagt als {}.", form.key, form.doc.nl),
    };
    object(&description, &fields, lang)
}

/// The schema of one field's value, with its description.
fn property(field: &Field, lang: Lang) -> Json {
    let mut schema = value(&field.value, lang);
    schema["description"] = json!(field.doc.get(lang));
    schema
}

fn integer(minimum: u64, maximum: u64) -> Json {
    json!({ "type": "integer", "minimum": minimum, "maximum": maximum })
}

fn year() -> Json {
    integer(1900, 2200)
}

/// The schema of a value, without its description.
fn value(value: &Value, lang: Lang) -> Json {
    match value {
        Value::Id | Value::Text | Value::Reference(_) => json!({ "type": "string" }),
        Value::References(_) | Value::RuleIds => {
            json!({ "type": "array", "items": { "type": "string" } })
        }
        Value::Keyword(keywords) => json!({ "enum": keywords.words }),
        Value::KeywordList(keywords) => {
            json!({ "type": "array", "items": { "enum": keywords.words } })
        }
        Value::Boolean => json!({ "type": "boolean" }),
        Value::Count { least, most, .. } => integer(*least, *most),
        Value::Euros => integer(0, MAX_EUROS.unsigned_abs()),
        Value::Year => year(),
        Value::YearRange => json!({
            "type": "array", "minItems": 2, "maxItems": 2, "items": year()
        }),
        Value::Date => json!({ "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }),
        Value::Days => integer(0, 36_500),
        Value::Members => {
            let member_fields: Vec<&Field> = elements::MEMBER.all_fields().collect();
            json!({
                "type": "array",
                "items": {
                    "anyOf": [
                        {
                            "type": "string",
                            "description": lang.pick("A party with one vote.", "Een partij met één stem.")
                        },
                        object(elements::MEMBER.doc.get(lang), &member_fields, lang)
                    ]
                }
            })
        }
        Value::Voters => json!({
            "type": "array",
            "minItems": 1,
            "items": {
                "anyOf": [
                    {
                        "enum": RegionRole::KEYWORDS.words,
                        "description": lang.pick(
                            "A role in the plan's region, in a decision about plans.",
                            "Een rol in de regio van het plan, in een besluit over plannen."
                        )
                    },
                    {
                        "type": "string",
                        "description": lang.pick(
                            "The id of a party, or of a body (all its members).",
                            "De id van een partij, of van een orgaan (al zijn leden)."
                        )
                    }
                ]
            }
        }),
        Value::Rule => json!({ "$ref": "#/$defs/rule" }),
        Value::Rules => json!({
            "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/rule" }
        }),
        Value::Tables(kind) => json!({ "type": "array", "items": element(kind, lang) }),
        Value::PartialDate => json!({
            "type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
        }),
        Value::Citations => one_or_many(
            json!({ "type": "string", "minLength": 1 }),
            element(&elements::CITATION, lang),
        ),
        Value::Readings => one_or_many(
            json!({ "type": "string" }),
            element(&elements::READING, lang),
        ),
        Value::Any => json!({}),
    }
}

/// Words, a table, or a non-empty list of either.
fn one_or_many(words: Json, table: Json) -> Json {
    json!({
        "anyOf": [
            words.clone(),
            table.clone(),
            { "type": "array", "minItems": 1, "items": { "anyOf": [words, table] } }
        ]
    })
}

/// The reference of the model language's tables in Markdown, from the descriptions: for
/// every kind of element, its fields with their values, whether each is required, and what
/// it means; then the forms of a rule.
pub fn field_tables(lang: Lang) -> String {
    let mut out = String::new();
    for kind in elements::ALL {
        out.push_str(&format!("### `{}`\n\n", table_name(kind)));
        out.push_str(&format!("{}\n\n", kind.doc.get(lang)));
        out.push_str(lang.pick(
            "| field | value | required | meaning |\n|---|---|---|---|\n",
            "| veld | waarde | verplicht | betekenis |\n|---|---|---|---|\n",
        ));
        for field in kind.all_fields() {
            out.push_str(&format!(
                "| `{}` | {} | {} | {} |\n",
                field.name,
                value_words(&field.value, lang),
                need_words(field.need, lang),
                field.doc.get(lang).replace('|', "\\|")
            ));
        }
        out.push('\n');
    }
    out.push_str(lang.pick(
        "### Rules\n\nA rule is an inline table of one of these forms.\n\n| form | fields | passes when |\n|---|---|---|\n",
        "### Regels\n\nEen regel is een inline tabel van een van deze vormen.\n\n| vorm | velden | slaagt als |\n|---|---|---|\n",
    ));
    for form in RULE_FORMS {
        let fields: Vec<String> = form
            .fields
            .iter()
            .map(|f| format!("`{}`", f.name))
            .collect();
        out.push_str(&format!(
            "| `{}` | {} | {} |\n",
            form.key,
            fields.join(", "),
            form.doc.get(lang)
        ));
    }
    out
}

/// How a model file writes a table of `kind`.
fn table_name(kind: &ElementKind) -> String {
    match kind.key {
        "model" => "[model]".to_string(),
        "member" => "{ party, votes }".to_string(),
        "commissioner" => "[[agreement.commissioner]]".to_string(),
        "citation" => "{ document, page, at, quote }".to_string(),
        "reading" => "{ says, field, alternative, otherwise }".to_string(),
        "step" => "[[decision.step]]".to_string(),
        key => format!("[[{key}]]"),
    }
}

/// Ids of elements of these kinds, in words: "party", "agreement or decision".
fn kinds_words(kinds: &[Kind], lang: Lang) -> String {
    let nouns: Vec<&str> = kinds
        .iter()
        .map(|k| lang.pick(k.noun(), k.noun_nl().0))
        .collect();
    match nouns.split_last() {
        None => String::new(),
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} {} {last}", rest.join(", "), lang.pick("or", "of")),
    }
}

/// A value's type in words, for the field tables.
fn value_words(value: &Value, lang: Lang) -> String {
    let words = |w: &[&str]| {
        w.iter()
            .map(|w| format!("`{w}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match value {
        Value::Id => lang.pick("id", "id").to_string(),
        Value::Text => lang.pick("text", "tekst").to_string(),
        Value::Reference(kinds) => {
            format!(
                "{} {}",
                lang.pick("id of a", "id van een"),
                kinds_words(kinds, lang)
            )
        }
        Value::References(kinds) => match lang {
            Lang::En => format!("list of {} ids", kinds_words(kinds, lang)),
            Lang::Nl => format!("lijst van ids, elk van een {}", kinds_words(kinds, lang)),
        },
        Value::RuleIds => lang
            .pick("list of rule ids", "lijst van ids van regels")
            .to_string(),
        Value::Keyword(k) => format!("{} {}", lang.pick("one of", "een van"), words(k.words)),
        Value::KeywordList(k) => {
            format!("{} {}", lang.pick("list of", "lijst van"), words(k.words))
        }
        Value::Boolean => "`true`, `false`".to_string(),
        Value::Count { least, most, .. } if *most >= u64::from(u32::MAX) => format!(
            "{} {least} {}",
            lang.pick("whole number,", "geheel getal,"),
            lang.pick("or more", "of meer")
        ),
        Value::Count { least, most, .. } => format!(
            "{} {least} {} {most}",
            lang.pick("whole number from", "geheel getal van"),
            lang.pick("to", "tot en met")
        ),
        Value::Euros => lang
            .pick("whole euros, 0 to 10¹⁵", "hele euro's, 0 tot en met 10¹⁵")
            .to_string(),
        Value::Year => lang
            .pick("year, 1900 to 2200", "jaar, 1900 tot en met 2200")
            .to_string(),
        Value::YearRange => lang
            .pick(
                "`[first, last]`, two years",
                "`[eerste, laatste]`, twee jaren",
            )
            .to_string(),
        Value::Date => lang
            .pick("date, `YYYY-MM-DD`", "datum, `JJJJ-MM-DD`")
            .to_string(),
        Value::Days => lang
            .pick("days, 0 to 36500", "dagen, 0 tot en met 36500")
            .to_string(),
        Value::Members => lang
            .pick(
                "list of party ids and `{ party, votes }`",
                "lijst van ids van partijen en `{ party, votes }`",
            )
            .to_string(),
        Value::Voters => format!(
            "{} {}",
            lang.pick(
                "list of ids of parties or bodies, and of",
                "lijst van ids van partijen of organen, en van"
            ),
            words(RegionRole::KEYWORDS.words)
        ),
        Value::Rule => lang
            .pick("rule (see Rules)", "regel (zie Regels)")
            .to_string(),
        Value::Rules => lang.pick("list of rules", "lijst van regels").to_string(),
        Value::Tables(kind) => format!("`{}`", table_name(kind)),
        Value::PartialDate => "`YYYY`, `YYYY-MM`, `YYYY-MM-DD`".to_string(),
        Value::Citations => lang
            .pick(
                "words, `{ document, page, at, quote }`, or a list of them",
                "woorden, `{ document, page, at, quote }`, of een lijst daarvan",
            )
            .to_string(),
        Value::Readings => lang
            .pick(
                "words, `{ says, field, alternative, otherwise }`, or a list of them",
                "woorden, `{ says, field, alternative, otherwise }`, of een lijst daarvan",
            )
            .to_string(),
        Value::Any => lang
            .pick("a value of that field", "een waarde van dat veld")
            .to_string(),
    }
}

/// Whether a field is required, in words.
fn need_words(need: Need, lang: Lang) -> String {
    match need {
        Need::Required => lang.pick("yes", "ja").to_string(),
        Need::Optional => lang.pick("no", "nee").to_string(),
        Need::RequiredWhen(name, word) => say_when(lang, "yes, with", "ja, bij", name, word),
        Need::AllowedWhen(name, word) => {
            say_when(lang, "no; only with", "nee; alleen bij", name, word)
        }
        Need::OneOf(group) => {
            let names: Vec<String> = group.iter().map(|n| format!("`{n}`")).collect();
            format!(
                "{} {}",
                lang.pick("one of", "een van"),
                names.join(lang.pick(" or ", " of "))
            )
        }
    }
}

fn say_when(lang: Lang, en: &str, nl: &str, name: &str, word: &str) -> String {
    format!("{} `{name} = \"{word}\"`", lang.pick(en, nl))
}
