//! Decisions and their steps: what a decision is about (an agreement, its process, or the
//! plans its `funded_by` selects), the body that takes it, and the rule of each step (resolved
//! in [`super::rules`]).

use super::documents::named;
use super::resolver::{Resolver, name_or_id};
use super::rules::{resolve_rule, voter_spans_of};
use crate::language::diagnostic::{Diagnostic, Said, said};
use crate::language::elements::{DECISION, Kind};
use crate::language::keywords::DecisionAbout;
use crate::language::load::{DecisionDecl, Document, Spanned};
use crate::model::{About, Agreement, Body, Cited, Decision, Step};

/// The decisions whose subject resolves, with the steps whose rules resolve.
pub(super) fn decisions(
    r: &mut Resolver<'_>,
    document: &Document,
    agreements: &[Agreement],
    bodies: &[Body],
) -> Vec<Decision> {
    let mut decisions = Vec::new();
    for d in &document.decisions {
        let about = d.about.and_then(|about| about_of(r, d, about, agreements));
        if let (Some(streams), Some(About::Agreement(_) | About::Process(_))) =
            (&d.funded_by, about)
        {
            let span = streams.first().map_or(d.span, |s| s.span);
            r.diagnostics.push(
                Diagnostic::new(
                    "unexpected-field",
                    span,
                    said!(
                        "only decisions about plans select plans by `funded_by`",
                        "alleen besluiten over transformatieplannen kiezen plannen met `funded_by`"
                    ),
                )
                .label(said!(
                    "remove this, or make the decision `about = \"plan\"`",
                    "verwijder dit, of maak het besluit `about = \"plan\"`"
                )),
            );
        }
        let taken_by = d.taken_by.as_ref().and_then(|t| r.body(t));
        let cited = r.cite(&d.cited, d.span, named(&DECISION, &d.id.value));
        let steps = steps(r, d, about, bodies, &cited);
        if let Some(about) = about {
            decisions.push(Decision {
                id: d.id.value.clone(),
                name: name_or_id(&d.name, &d.id),
                about,
                kind: d.kind.value,
                funded_by: d
                    .funded_by
                    .as_ref()
                    .map(|streams| streams.iter().map(|s| s.value).collect()),
                taken_by,
                binding: d.binding.is_some_and(|b| b.value),
                steps,
                cited,
            });
        }
    }
    decisions
}

/// What a decision is about: the agreement its `subject` names (the only agreement when it
/// names none), or that agreement's process, or plans (which take no `subject`).
fn about_of(
    r: &mut Resolver<'_>,
    d: &DecisionDecl,
    about: Spanned<DecisionAbout>,
    agreements: &[Agreement],
) -> Option<About> {
    match about.value {
        DecisionAbout::Agreement | DecisionAbout::Process => {
            let agreement = match &d.subject {
                Some(subject) => r.resolve(subject, &[Kind::Agreement]).map(|(_, i)| i),
                None if agreements.len() == 1 => Some(0),
                None => {
                    r.diagnostics.push(
                        Diagnostic::new(
                            "missing-field",
                            about.span,
                            said!(
                                "the decision `{}` does not say which agreement it is about",
                                "het besluit `{}` zegt niet over welk akkoord het gaat",
                                d.id.value
                            ),
                        )
                        .label(said!("about which agreement?", "over welk akkoord?"))
                        .help(said!(
                            "add `subject = \"<agreement id>\"`",
                            "voeg `subject = \"<id van het akkoord>\"` toe"
                        )),
                    );
                    None
                }
            };
            agreement.map(|a| {
                if about.value == DecisionAbout::Agreement {
                    About::Agreement(a)
                } else {
                    About::Process(a)
                }
            })
        }
        DecisionAbout::Plan => {
            if let Some(subject) = &d.subject {
                r.diagnostics.push(
                    Diagnostic::new(
                        "unexpected-field",
                        subject.span,
                        said!("a decision about plans reviews the plans its `funded_by` selects; it has no `subject`", "een besluit over transformatieplannen toetst de plannen die zijn `funded_by` kiest; het heeft geen `subject`"),
                    )
                    .label(said!("remove this", "verwijder dit")),
                );
            }
            Some(About::Plans)
        }
    }
}

/// The steps of a decision whose rules resolve, each knowing where its voters are named.
/// Region roles vote only in a decision about plans.
fn steps(
    r: &mut Resolver<'_>,
    d: &DecisionDecl,
    about: Option<About>,
    bodies: &[Body],
    decision: &Cited,
) -> Vec<Step> {
    let mut steps = Vec::new();
    for step in &d.steps {
        let allow_roles = about == Some(About::Plans);
        if let Some(rule) = resolve_rule(r, bodies, &step.rule, allow_roles) {
            let mut voter_spans = Vec::new();
            voter_spans_of(r, bodies, &step.rule, &mut voter_spans);
            steps.push(Step {
                name: step.name.value.clone(),
                rule,
                // The decision's own `rule` cites what the decision cites.
                cited: if step.implicit {
                    Cited {
                        span: step.span,
                        ..decision.clone()
                    }
                } else {
                    let element = Said::new(
                        format!("step `{}` of decision `{}`", step.name.value, d.id.value),
                        format!("stap `{}` van besluit `{}`", step.name.value, d.id.value),
                    );
                    r.cite_at(&step.cited, step.span, step.table, element)
                },
                implicit: step.implicit,
                voter_spans,
            });
        }
    }
    steps
}
