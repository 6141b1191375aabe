//! The SARIF 2.1.0 report: a violation on the line of the model that causes it, for
//! code-review tools.

use super::parts::{position, sources};
use crate::check::Report;
use crate::lang::Lang;
use crate::rules;

fn physical_location(location: &str, fallback_uri: &str) -> serde_json::Value {
    match position(location) {
        Some((uri, line, column)) => serde_json::json!({
            "physicalLocation": {
                "artifactLocation": { "uri": uri },
                "region": { "startLine": line, "startColumn": column }
            }
        }),
        None => serde_json::json!({
            "physicalLocation": { "artifactLocation": { "uri": fallback_uri } }
        }),
    }
}

/// The SARIF 2.1.0 log of several models: one run of `toets`, a result per verdict that is
/// violated (level `error`) or unknown (level `warning`), located at the model line of the
/// first clause it rests on, with the other clauses as related locations.
pub fn sarif(reports: &[Report]) -> String {
    let lang = reports.first().map_or(Lang::En, |r| r.lang);
    let rules: Vec<serde_json::Value> = rules::ALL
        .iter()
        .map(|rule| {
            serde_json::json!({
                "id": rule.id,
                "shortDescription": { "text": rule.title.get(lang) },
                "fullDescription": { "text": rule.explanation_text(lang) },
                "help": {
                    "text": format!("toets explain {}", rule.id),
                    "markdown": rule.explanation_text(lang),
                },
                "properties": { "family": rule.family.title(lang) }
            })
        })
        .collect();
    let mut results = Vec::new();
    for report in reports {
        for verdict in &report.verdicts {
            let rule_index = rules::ALL
                .iter()
                .position(|r| r.id == verdict.rule)
                .expect("verdicts name registered rules");
            let subject = verdict.subject.as_deref().unwrap_or("(model)");
            let (level, message, locations, related) = match (
                &verdict.counterexample,
                &verdict.reason,
            ) {
                (Some(cx), _) => {
                    let mut clauses = cx.clauses.iter();
                    let first = clauses.next().map_or_else(
                        || physical_location("", &report.model),
                        |c| physical_location(&c.location, &report.model),
                    );
                    let related: Vec<serde_json::Value> = clauses
                        .enumerate()
                        .map(|(i, c)| {
                            let mut location = physical_location(&c.location, &report.model);
                            location["id"] = serde_json::json!(i + 1);
                            location["message"] =
                                serde_json::json!({ "text": format!("{} — {}", c.element, sources(c, lang)) });
                            location
                        })
                        .collect();
                    ("error", cx.summary.clone(), vec![first], related)
                }
                (None, Some(reason)) => (
                    "warning",
                    format!("unknown for `{subject}`: {reason}"),
                    vec![physical_location("", &report.model)],
                    Vec::new(),
                ),
                (None, None) => continue,
            };
            let mut result = serde_json::json!({
                "ruleId": verdict.rule,
                "ruleIndex": rule_index,
                "level": level,
                "message": { "text": message },
                "locations": locations,
                "partialFingerprints": {
                    "toetsSubject/v1": format!("{}:{}:{subject}", report.model, verdict.rule)
                }
            });
            if !related.is_empty() {
                result["relatedLocations"] = serde_json::Value::Array(related);
            }
            // An accepted violation is suppressed, with its justification, as code scanning
            // shows a dismissed alert.
            if let Some(accepted) = &verdict.accepted {
                result["suppressions"] = serde_json::json!([{
                    "kind": "external",
                    "status": "accepted",
                    "justification": format!("{} ({})", accepted.reason, accepted.accepted_by),
                }]);
            }
            // What the finding rests on: whether the structure is ratified, the readings, and
            // how the verdict depends on them.
            let mut properties = serde_json::json!({ "provisional": report.provisional });
            if !verdict.readings.is_empty() {
                let readings: Vec<String> = verdict
                    .readings
                    .iter()
                    .map(|&r| {
                        format!(
                            "R{} {}: {}",
                            r + 1,
                            report.readings[r].element,
                            report.readings[r].says
                        )
                    })
                    .collect();
                properties["readings"] = serde_json::json!(readings);
            }
            if let Some(sensitivity) = &verdict.sensitivity {
                properties["sensitivity"] = serde_json::json!(sensitivity.summary);
            }
            result["properties"] = properties;
            results.push(result);
        }
    }
    let log = serde_json::json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "toets",
                    "version": env!("CARGO_PKG_VERSION"),
                    "properties": { "z3": crate::check::Tool::this().z3 },
                    "rules": rules
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results
        }]
    });
    let mut out = serde_json::to_string_pretty(&log).expect("SARIF serialises");
    out.push('\n');
    out
}
