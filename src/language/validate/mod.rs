//! Stage 2: from declarations to a [`Model`], resolving every reference.
//!
//! Validation reports unknown references (with "did you mean"), duplicate ids, references to
//! the wrong kind of element, and rules no coalition could ever meet or that pass with nobody's
//! consent. It reports all of them, and returns a model only when there are none.

use crate::language::diagnostic::{Diagnostic, Said, did_you_mean, said, suggest};
use crate::language::elements::Kind;
use crate::language::keywords::DecisionAbout;
use crate::language::load::{Document, Text};
use crate::language::source::{SourceFile, Span};
use crate::model::*;
use plan_reviews::check_plan_reviews;
use process::process_steps;
use resolver::{Resolver, cite, name_or_id};
use rules::{resolve_rule, voter_spans_of};
use std::collections::HashMap;

mod plan_reviews;
mod process;
mod resolver;
mod rules;

/// Validates the declarations of `file` into a model, or returns every problem found.
pub fn validate(file: &SourceFile, document: &Document) -> Result<Model, Vec<Diagnostic>> {
    let mut r = Resolver::new(document);
    for (i, d) in document.parties.iter().enumerate() {
        r.declare(&d.id, Kind::Party, i);
    }
    for (i, d) in document.bodies.iter().enumerate() {
        r.declare(&d.id, Kind::Body, i);
    }
    for (i, d) in document.agreements.iter().enumerate() {
        r.declare(&d.id, Kind::Agreement, i);
    }
    for (i, d) in document.regions.iter().enumerate() {
        r.declare(&d.id, Kind::Region, i);
    }
    for (i, d) in document.plans.iter().enumerate() {
        r.declare(&d.id, Kind::Plan, i);
    }
    for (i, d) in document.decisions.iter().enumerate() {
        r.declare(&d.id, Kind::Decision, i);
    }
    for (i, d) in document.tasks.iter().enumerate() {
        r.declare(&d.id, Kind::Task, i);
    }
    for (i, d) in document.cuts.iter().enumerate() {
        r.declare(&d.id, Kind::Cut, i);
    }
    for (i, d) in document.process.iter().enumerate() {
        r.declare(&d.id, Kind::Step, i);
    }

    let parties: Vec<Party> = document
        .parties
        .iter()
        .map(|d| Party {
            id: d.id.value.clone(),
            name: name_or_id(&d.name, &d.id),
            kind: d.kind.value,
            side: d.side.map_or(d.kind.value.default_side(), |s| s.value),
            cited: cite(&d.cited.source, d.span),
        })
        .collect();

    let rlimit = document
        .header
        .as_ref()
        .and_then(|h| h.rlimit)
        .map(|r| r.value);
    let (title, source, commissioners) = match &document.header {
        Some(header) => {
            if header.commissioners.as_ref().is_some_and(Vec::is_empty) {
                r.diagnostics.push(
                    Diagnostic::new(
                        "missing-field",
                        header.span,
                        said!("the `[model]` table names no `commissioners`", "de tabel `[model]` noemt geen `commissioners`"),
                    )
                    .label(said!("`commissioners` is required", "`commissioners` is verplicht"))
                    .help(said!("name the parties whose equal commissioning is checked, e.g. `commissioners = [\"vws\", \"zn\", \"vng\"]`", "noem de partijen wier gelijkwaardig opdrachtgeverschap wordt getoetst, bijv. `commissioners = [\"vws\", \"zn\", \"vng\"]`")),
                );
            }
            if document.agreements.is_empty() {
                r.diagnostics.push(
                    Diagnostic::new("missing-field", header.span, said!("the model declares no `[[agreement]]`", "het model declareert geen `[[agreement]]`"))
                        .label(said!("commissioners commission an agreement", "opdrachtgevers geven opdracht tot een akkoord"))
                        .help(said!("declare the agreement with `[[agreement]]`, its `id`, `source` and `[[agreement.commissioner]]`s", "declareer het akkoord met `[[agreement]]`, met `id`, `source` en `[[agreement.commissioner]]`s")),
                );
            }
            let commissioners = r.parties(
                header.commissioners.as_deref().unwrap_or_default(),
                "`commissioners`",
            );
            (
                header.title.value.clone(),
                header.source.value.clone(),
                commissioners,
            )
        }
        None => (String::new(), String::new(), Vec::new()),
    };

    let mut bodies = Vec::new();
    for d in &document.bodies {
        let mut members = Vec::new();
        let mut seen: HashMap<&str, Span> = HashMap::new();
        for m in &d.members {
            if let Some(&first) = seen.get(m.party.value.as_str()) {
                r.diagnostics.push(
                    Diagnostic::new(
                        "listed-twice",
                        m.party.span,
                        said!(
                            "`{}` is a member of `{}` twice",
                            "`{}` is twee keer lid van `{}`",
                            m.party.value,
                            d.id.value
                        ),
                    )
                    .label(said!("again", "nog eens"))
                    .note(
                        first,
                        said!("first listed here", "hier voor het eerst genoemd"),
                    ),
                );
                continue;
            }
            seen.insert(&m.party.value, m.party.span);
            if let Some(party) = r.party(&m.party) {
                members.push(Member {
                    party,
                    votes: m.votes.value,
                });
            }
        }
        if d.members.is_empty() {
            r.diagnostics.push(
                Diagnostic::new(
                    "empty-body",
                    d.span,
                    said!(
                        "the body `{}` has no members",
                        "het orgaan `{}` heeft geen leden",
                        d.id.value
                    ),
                )
                .label(said!("no members", "geen leden")),
            );
        }
        let chair = d.chair.as_ref().and_then(|c| r.party(c));
        bodies.push(Body {
            id: d.id.value.clone(),
            name: name_or_id(&d.name, &d.id),
            kind: d.kind.value,
            members,
            chair,
            cited: cite(&d.cited.source, d.span),
        });
    }

    let mut agreements = Vec::new();
    for d in &document.agreements {
        let mut seen: HashMap<&str, Span> = HashMap::new();
        let mut commissioners = Vec::new();
        for c in &d.commissioners {
            if let Some(&first) = seen.get(c.party.value.as_str()) {
                r.diagnostics.push(
                    Diagnostic::new(
                        "listed-twice",
                        c.party.span,
                        said!(
                            "`{}` is a commissioner of `{}` twice",
                            "`{}` is twee keer opdrachtgever van `{}`",
                            c.party.value,
                            d.id.value
                        ),
                    )
                    .label(said!("again", "nog eens"))
                    .note(
                        first,
                        said!("first listed here", "hier voor het eerst genoemd"),
                    ),
                );
                continue;
            }
            seen.insert(&c.party.value, c.party.span);
            if let Some(party) = r.party(&c.party) {
                commissioners.push(Commissioner {
                    party,
                    role: c.role.value.clone(),
                    cited: cite(&c.cited.source, c.span),
                });
            }
        }
        agreements.push(Agreement {
            id: d.id.value.clone(),
            name: name_or_id(&d.name, &d.id),
            commissioners,
            method: d
                .method
                .as_ref()
                .map(|(method, source)| (method.value, cite(source, method.span))),
            cited: cite(&d.cited.source, d.span),
        });
    }

    let all_kinds = [
        Kind::Party,
        Kind::Body,
        Kind::Agreement,
        Kind::Region,
        Kind::Plan,
    ];
    let element = |r: &mut Resolver<'_>, text: &Text| {
        r.resolve(text, &all_kinds).map(|(kind, i)| match kind {
            Kind::Party => Element::Party(i),
            Kind::Body => Element::Body(i),
            Kind::Agreement => Element::Agreement(i),
            Kind::Region => Element::Region(i),
            _ => Element::Plan(i),
        })
    };
    let mut relations = Vec::new();
    for d in &document.relations {
        let from = element(&mut r, &d.from);
        let to = element(&mut r, &d.to);
        if let (Some(from), Some(to)) = (from, to) {
            relations.push(Relation {
                kind: d.kind.value,
                from,
                to,
                funding: d.funding.as_ref().map(|f| Funding {
                    amount: f.amount.value,
                    year: f.year.value,
                    until: f.until.as_ref().map(|u| u.value),
                    nature: f.nature.value,
                    stream: f.stream.value,
                }),
                lead: d.lead.is_some_and(|l| l.value),
                cited: cite(&d.cited.source, d.span),
            });
        }
    }

    let mut regions = Vec::new();
    for d in &document.regions {
        let market_leaders = r.parties(&d.market_leaders, "`market_leaders`");
        let insurers = r.parties(&d.insurers, "`insurers`");
        let municipalities = r.parties(&d.municipalities, "`municipalities`");
        for (texts, ids, side) in [
            (&d.market_leaders, &market_leaders, Side::Insurer),
            (&d.insurers, &insurers, Side::Insurer),
            (&d.municipalities, &municipalities, Side::Municipal),
        ] {
            let resolved = texts
                .iter()
                .filter(|t| matches!(r.ids.get(t.value.as_str()), Some((Kind::Party, _, _))));
            for (text, &party) in resolved.zip(ids) {
                if parties[party].side != side {
                    r.diagnostics.push(
                        Diagnostic::new(
                            "wrong-side",
                            text.span,
                            Said::new(
                                format!(
                                    "`{}` is on the {} side, but this list is for the {side} side",
                                    text.value, parties[party].side
                                ),
                                format!(
                                "`{}` staat aan de kant van {}, maar deze lijst is voor de kant van {}",
                                text.value,
                                side_nl(parties[party].side),
                                side_nl(side)
                            ),
                            ),
                        )
                        .label(Said::new(
                            format!("not a party of the {side} side"),
                            format!("geen partij aan de kant van {}", side_nl(side)),
                        ))
                        .note(parties[party].cited.span, said!("the party is declared here", "de partij is hier gedeclareerd")),
                    );
                }
            }
        }
        let mandate_municipality = d.mandate_municipality.as_ref().and_then(|t| r.party(t));
        let review_body = d.review_body.as_ref().and_then(|t| r.body(t));
        regions.push(Region {
            id: d.id.value.clone(),
            name: name_or_id(&d.name, &d.id),
            market_leaders,
            insurers,
            municipalities,
            mandate_municipality,
            review_body,
            cited: cite(&d.cited.source, d.span),
            listed: [
                (RegionRole::MarketLeaders, d.market_leaders.as_slice()),
                (RegionRole::Insurers, d.insurers.as_slice()),
                (RegionRole::Municipalities, d.municipalities.as_slice()),
                (
                    RegionRole::MandateMunicipality,
                    d.mandate_municipality.as_slice(),
                ),
            ]
            .into_iter()
            .flat_map(|(role, texts)| texts.iter().map(move |t| (role, t)))
            .filter_map(|(role, t)| match r.ids.get(t.value.as_str()) {
                Some((Kind::Party, p, _)) => Some((role, *p, t.span)),
                _ => None,
            })
            .collect(),
        });
    }

    let mut plans = Vec::new();
    for d in &document.plans {
        let region = d
            .region
            .as_ref()
            .and_then(|t| r.resolve(t, &[Kind::Region]).map(|(_, i)| i));
        plans.push(Plan {
            id: d.id.value.clone(),
            name: name_or_id(&d.name, &d.id),
            region,
            funded_by: d.funded_by.value,
            cited: cite(&d.cited.source, d.span),
        });
    }

    let mut decisions = Vec::new();
    for d in &document.decisions {
        let about = d.about.and_then(|about| match about.value {
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
        });
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
        let mut steps = Vec::new();
        for step in &d.steps {
            let allow_roles = about == Some(About::Plans);
            if let Some(rule) = resolve_rule(&mut r, &bodies, &step.rule, allow_roles) {
                let mut voter_spans = Vec::new();
                voter_spans_of(&r, &bodies, &step.rule, &mut voter_spans);
                steps.push(Step {
                    name: step.name.value.clone(),
                    rule,
                    cited: cite(&step.cited.source, step.span),
                    implicit: step.implicit,
                    voter_spans,
                });
            }
        }
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
                cited: cite(&d.cited.source, d.span),
            });
        }
    }

    let mut rights = Vec::new();
    for d in &document.rights {
        let holder = r.party(&d.holder);
        let over =
            r.resolve(&d.over, &[Kind::Agreement, Kind::Decision])
                .map(|(kind, i)| match kind {
                    Kind::Agreement => RightTarget::Agreement(i),
                    _ => RightTarget::Decision(i),
                });
        let system_responsibility = d.system_responsibility.is_some_and(|s| s.value);
        if let (true, Some(holder)) = (system_responsibility, holder) {
            if parties[holder].kind != PartyKind::Ministry {
                r.diagnostics.push(
                    Diagnostic::new(
                        "not-system-responsibility",
                        d.holder.span,
                        said!(
                            "`{}` is not the ministry; only the ministry holds system responsibility", "`{}` is niet het ministerie; alleen het ministerie draagt de systeemverantwoordelijkheid",
                            d.holder.value
                        ),
                    )
                    .label(said!("not a ministry", "geen ministerie")),
                );
            }
        }
        if let (Some(holder), Some(over)) = (holder, over) {
            rights.push(Right {
                holder,
                kind: d.kind.value,
                over,
                system_responsibility,
                cited: cite(&d.cited.source, d.span),
            });
        }
    }

    // Only a complete model can be checked for plans with no review and rules that a plan's
    // region leaves empty; before that, those messages would be noise.
    if r.diagnostics.is_empty() && decisions.len() == document.decisions.len() {
        check_plan_reviews(&mut r, document, &plans, &regions, &decisions);
    }

    for (first, until) in document
        .relations
        .iter()
        .filter_map(|d| d.funding.as_ref())
        .filter_map(|f| f.until.as_ref().map(|u| (&f.year, u)))
        .chain(
            document
                .tasks
                .iter()
                .filter_map(|t| t.until.as_ref().map(|u| (&t.from, u))),
        )
        .chain(
            document
                .cuts
                .iter()
                .filter_map(|c| c.until.as_ref().map(|u| (&c.from, u))),
        )
    {
        if until.value < first.value {
            r.diagnostics.push(
                Diagnostic::new(
                    "out-of-range",
                    until.span,
                    said!(
                        "`until` = {} is before the first year, {}",
                        "`until` = {} ligt vóór het eerste jaar, {}",
                        until.value,
                        first.value
                    ),
                )
                .label(said!(
                    "the last year comes after the first",
                    "het laatste jaar komt na het eerste"
                )),
            );
        }
    }
    let tasks: Vec<Task> = document
        .tasks
        .iter()
        .filter_map(|d| {
            Some(Task {
                id: d.id.value.clone(),
                name: name_or_id(&d.name, &d.id),
                of: r.party(&d.of)?,
                cost: d.cost.value,
                from: d.from.value,
                until: d.until.as_ref().map(|u| u.value),
                cited: cite(&d.cited.source, d.span),
            })
        })
        .collect();
    let cuts: Vec<Cut> = document
        .cuts
        .iter()
        .filter_map(|d| {
            Some(Cut {
                id: d.id.value.clone(),
                name: name_or_id(&d.name, &d.id),
                on: r.party(&d.on)?,
                amount: d.amount.value,
                up_to: d.up_to.as_ref().map(|u| u.value),
                from: d.from.value,
                until: d.until.as_ref().map(|u| u.value),
                cited: cite(&d.cited.source, d.span),
            })
        })
        .collect();
    let process = process_steps(&mut r, document);
    let years = document
        .header
        .as_ref()
        .and_then(|h| h.years.as_ref())
        .map(|y| y.value);
    let rules = document
        .header
        .as_ref()
        .and_then(|h| h.rules.as_ref())
        .map(|ids| {
            let known: Vec<&str> = crate::rules::ALL.iter().map(|rule| rule.id).collect();
            for id in ids {
                if !known.contains(&id.value.as_str()) {
                    let mut diagnostic = Diagnostic::new(
                        "unknown-reference",
                        id.span,
                        said!("no rule is called `{}`", "geen regel heet `{}`", id.value),
                    )
                    .label(said!("not a rule", "geen regel"));
                    diagnostic = match did_you_mean(&id.value, known.iter().copied()) {
                        Some(close) => diagnostic.help(suggest(close)),
                        None => diagnostic.help(said!(
                            "`toets rules` lists the rules",
                            "`toets rules` somt de regels op"
                        )),
                    };
                    r.diagnostics.push(diagnostic);
                }
            }
            ids.iter().map(|id| id.value.clone()).collect()
        });

    if r.diagnostics.is_empty() && document.header.is_some() {
        let party_index = parties
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.clone(), i))
            .collect();
        Ok(Model {
            file: file.clone(),
            title,
            source,
            commissioners,
            rlimit,
            parties,
            bodies,
            agreements,
            relations,
            rights,
            regions,
            plans,
            decisions,
            tasks,
            cuts,
            process,
            years,
            rules,
            party_index,
        })
    } else {
        let mut diagnostics = r.diagnostics;
        diagnostics.sort_by_key(|d| d.span.map(|s| (s.start, s.end)));
        Err(diagnostics)
    }
}

/// A side in Dutch, as "de kant van …" names it.
fn side_nl(side: Side) -> &'static str {
    match side {
        Side::State => "het Rijk",
        Side::Insurer => "de zorgverzekeraars",
        Side::Municipal => "de gemeenten",
        Side::Provider => "de zorgaanbieders",
        Side::Other => "de overige partijen",
    }
}
