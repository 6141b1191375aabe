//! The SARIF 2.1.0 report, as code scanning reads it: a finding on the line of the model that
//! causes it, a model that could not be checked as errors on its lines (and a run that did not
//! succeed), paths from a root folder, and the run's exit code.

use super::invocation::{Invocation, Place, problem_text, uri_encoded};
use super::parts::{position, sources};
use crate::check::{Rejected, Report};
use crate::lang::Lang;
use crate::rules;
use serde_json::{Value, json};

/// The id of the rule under which a model's problems are reported: it could not be checked.
const INVALID_MODEL: &str = "invalid-model";

/// The name of the root folder in `originalUriBaseIds`.
const ROOT: &str = "ROOT";

/// The SARIF 2.1.0 log of one `toets check`: one run of `toets`, a result per verdict that is
/// violated (level `error`, suppressed when accepted) or unknown (level `warning`), located at
/// the model line of the first clause it rests on with the other clauses as related
/// locations; a result per problem of a model that could not be checked (rule
/// `invalid-model`), and the exit code in `invocations`.
pub fn sarif(reports: &[Report], invocation: &Invocation<'_>) -> String {
    let lang = reports.first().map_or(Lang::En, |r| r.lang);
    let mut results = Vec::new();
    for report in reports {
        results.extend(verdict_results(report, invocation));
    }
    for rejected in invocation.rejected {
        results.extend(problem_results(rejected, invocation, lang));
    }
    let mut driver = json!({
        "name": "toets",
        "version": env!("CARGO_PKG_VERSION"),
        "properties": { "z3": crate::check::Tool::this().z3 },
        "rules": rule_descriptors(invocation, lang),
    });
    if let Some(url) = &invocation.rules_url {
        driver["informationUri"] = json!(url);
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": driver },
            "automationDetails": { "id": "toets/" },
            // The root's own address is left to the consumer (code scanning takes the
            // repository's), so that the log is the same bytes on every machine.
            "originalUriBaseIds": {
                ROOT: { "description": { "text": lang.pick(
                    "The folder the model paths are given from (toets check --root, by default the working directory).",
                    "De map van waaruit de paden van de modellen gegeven zijn (toets check --root, standaard de werkmap).",
                ) } }
            },
            "invocations": [invocation_object(invocation, lang)],
            "columnKind": "unicodeCodePoints",
            "results": results
        }]
    });
    let mut out = serde_json::to_string_pretty(&log).expect("SARIF serialises");
    out.push('\n');
    out
}

/// The rules: toets's fifteen, and `invalid-model` last.
fn rule_descriptors(invocation: &Invocation<'_>, lang: Lang) -> Vec<Value> {
    let folder = lang.pick("", "/nl");
    let help_uri = |id: &str| {
        invocation
            .rules_url
            .as_ref()
            .map(|url| format!("{}{folder}/{id}.md", url.trim_end_matches('/')))
    };
    let mut descriptors: Vec<Value> = rules::ALL
        .iter()
        .map(|rule| {
            let mut descriptor = json!({
                "id": rule.id,
                "shortDescription": { "text": rule.title.get(lang) },
                "fullDescription": { "text": rule.explanation_text(lang) },
                "help": {
                    "text": format!("toets explain {}", rule.id),
                    "markdown": rule.explanation_text(lang),
                },
                "properties": { "family": rule.family.title(lang) }
            });
            if let Some(uri) = help_uri(rule.id) {
                descriptor["helpUri"] = json!(uri);
            }
            descriptor
        })
        .collect();
    let invalid = json!({
        "id": INVALID_MODEL,
        "shortDescription": { "text": lang.pick(
            "the model file has problems and was not checked",
            "het modelbestand heeft fouten en is niet getoetst",
        ) },
        "fullDescription": { "text": lang.pick(
            "A model file that cannot be read or validated is not checked: no verdict of it holds until its problems are fixed. Each problem is a result on its line, its code (such as unknown-reference) in the message; docs/model-language.md describes the model language.",
            "Een modelbestand dat niet gelezen of gevalideerd kan worden, wordt niet getoetst: geen oordeel erover geldt totdat de fouten hersteld zijn. Elke fout is een resultaat op haar regel, met haar code (zoals unknown-reference) in de melding; docs/model-language.md beschrijft de modeltaal.",
        ) },
        "defaultConfiguration": { "level": "error" },
    });
    descriptors.push(invalid);
    descriptors
}

/// What the run did: whether it ran to the end (not when a model was rejected or a tool
/// failed: exit code 2), its exit code, and a notification per model not checked.
fn invocation_object(invocation: &Invocation<'_>, lang: Lang) -> Value {
    let description = match invocation.exit_code {
        0 => lang.pick("every rule holds", "elke regel voldaan"),
        1 => lang.pick("some rule is violated", "een regel is niet voldaan"),
        3 => lang.pick(
            "nothing violated, but something unknown",
            "niets niet voldaan, maar iets onbeslist",
        ),
        _ => lang.pick(
            "bad input or a tool failure",
            "foute invoer of een fout van het gereedschap",
        ),
    };
    let notifications: Vec<Value> = invocation
        .rejected
        .iter()
        .map(|rejected| {
            json!({
                "level": "error",
                "message": { "text": rejected.summary(lang) },
                "locations": [location(invocation, &rejected.file.path, None)],
            })
        })
        .collect();
    let mut object = json!({
        "executionSuccessful": invocation.exit_code != 2,
        "exitCode": invocation.exit_code,
        "exitCodeDescription": description,
    });
    if !notifications.is_empty() {
        object["toolExecutionNotifications"] = Value::Array(notifications);
    }
    object
}

/// A SARIF location of a file, on a line and column when they are known: under the root
/// by its path from `ROOT`, elsewhere by its absolute `file:` URI.
fn location(invocation: &Invocation<'_>, path: &str, line_column: Option<(u64, u64)>) -> Value {
    let artifact = match invocation.place(path) {
        Place::UnderRoot(path) => json!({ "uri": uri_encoded(&path), "uriBaseId": ROOT }),
        Place::Elsewhere(path) => json!({ "uri": format!("file://{}", uri_encoded(&path)) }),
    };
    let mut physical = json!({ "artifactLocation": artifact });
    if let Some((line, column)) = line_column {
        physical["region"] = json!({ "startLine": line, "startColumn": column });
    }
    json!({ "physicalLocation": physical })
}

/// The location of a report's `path:line:column`, or of the model file when it names none.
fn report_location(invocation: &Invocation<'_>, place: &str, model: &str) -> Value {
    match position(place) {
        Some((path, line, column)) => location(invocation, path, Some((line, column))),
        None => location(invocation, model, None),
    }
}

/// The results of one model's verdicts that are not holds.
fn verdict_results(report: &Report, invocation: &Invocation<'_>) -> Vec<Value> {
    let lang = report.lang;
    let mut results = Vec::new();
    for verdict in &report.verdicts {
        let rule_index = rules::ALL
            .iter()
            .position(|r| r.id == verdict.rule)
            .expect("verdicts name registered rules");
        let subject = verdict.subject.as_deref().unwrap_or("(model)");
        let (level, message, first, related) = match (&verdict.counterexample, &verdict.reason) {
            (Some(cx), _) => {
                let mut clauses = cx.clauses.iter();
                let first = clauses.next().map_or("", |c| c.location.as_str());
                let related: Vec<Value> = clauses
                    .enumerate()
                    .map(|(i, c)| {
                        let mut location = report_location(invocation, &c.location, &report.model);
                        location["id"] = json!(i + 1);
                        location["message"] =
                            json!({ "text": format!("{} — {}", c.element, sources(c, lang)) });
                        location
                    })
                    .collect();
                ("error", cx.summary.clone(), first, related)
            }
            (None, Some(reason)) => (
                "warning",
                format!("unknown for `{subject}`: {reason}"),
                "",
                Vec::new(),
            ),
            (None, None) => continue,
        };
        let mut result = json!({
            "ruleId": verdict.rule,
            "ruleIndex": rule_index,
            "level": level,
            "message": { "text": message },
            "locations": [report_location(invocation, first, &report.model)],
            "partialFingerprints": {
                "toetsSubject/v1": format!("{}:{}:{subject}", invocation.path(&report.model), verdict.rule)
            }
        });
        if !related.is_empty() {
            result["relatedLocations"] = Value::Array(related);
        }
        // An accepted violation is suppressed, with its justification, as code scanning
        // shows a dismissed alert.
        if let Some(accepted) = &verdict.accepted {
            result["suppressions"] = json!([{
                "kind": "external",
                "status": "accepted",
                "justification": format!("{} ({})", accepted.reason, accepted.accepted_by),
            }]);
        }
        result["properties"] = provenance(report, verdict);
        results.push(result);
    }
    results
}

/// What a finding rests on: whether the structure is ratified, the readings, and how the
/// verdict depends on them.
fn provenance(report: &Report, verdict: &crate::verdict::Verdict) -> Value {
    let mut properties = json!({ "provisional": report.provisional });
    if !verdict.readings.is_empty() {
        let readings: Vec<String> = verdict
            .readings
            .iter()
            .map(|&r| {
                let reading = &report.readings[r];
                format!("R{} {}: {}", r + 1, reading.element, reading.says)
            })
            .collect();
        properties["readings"] = json!(readings);
    }
    if let Some(sensitivity) = &verdict.sensitivity {
        properties["sensitivity"] = json!(sensitivity.summary);
    }
    properties
}

/// A result per problem of a model that could not be checked, on the problem's line, with its
/// notes as related locations.
fn problem_results(rejected: &Rejected, invocation: &Invocation<'_>, lang: Lang) -> Vec<Value> {
    let file = &rejected.file;
    let at = |span: crate::language::source::Span| {
        let position = file.position(span.start);
        Some((position.line as u64, position.column as u64))
    };
    rejected
        .diagnostics
        .iter()
        .map(|diagnostic| {
            let text = format!("{}: {}", diagnostic.code, problem_text(diagnostic, lang));
            let mut result = json!({
                "ruleId": INVALID_MODEL,
                "ruleIndex": rules::ALL.len(),
                "level": "error",
                "message": { "text": text },
                "locations": [location(invocation, &file.path, diagnostic.span.and_then(at))],
                "properties": { "code": diagnostic.code },
            });
            let related: Vec<Value> = diagnostic
                .notes
                .iter()
                .enumerate()
                .map(|(i, (span, note))| {
                    let mut location = location(invocation, &file.path, at(*span));
                    location["id"] = json!(i + 1);
                    location["message"] = json!({ "text": note.get(lang) });
                    location
                })
                .collect();
            if !related.is_empty() {
                result["relatedLocations"] = Value::Array(related);
            }
            result
        })
        .collect()
}
