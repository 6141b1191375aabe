//! Stage 2: from declarations to a [`Model`], resolving every reference.
//!
//! Validation reports unknown references (with "did you mean"), duplicate ids, references to
//! the wrong kind of element, and rules no coalition could ever meet or that pass with nobody's
//! consent. It reports all of them, and returns a model only when there are none.

use crate::language::diagnostic::{Diagnostic, Said, did_you_mean, said, suggest};
use crate::language::elements::Kind;
use crate::language::keywords::DecisionAbout;
use crate::language::load::{Document, RuleDecl, Text, VoterDecl};
use crate::language::source::{SourceFile, Span};
use crate::model::*;
use resolver::{Resolver, cite, name_or_id};
use std::collections::{BTreeSet, HashMap};

mod resolver;

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

/// The steps of the process, their references resolved; a cycle of `after` is an error that
/// names the cycle.
fn process_steps(r: &mut Resolver<'_>, document: &Document) -> Vec<ProcessStep> {
    let mut steps = Vec::new();
    let mut complete = true;
    for d in &document.process {
        let by = d.by.as_ref().map(|by| r.party(by));
        let (after, resolved) = r.distinct(&d.after, "`after`", &[Kind::Step]);
        let (Some(by), true) = (by.map_or(Some(None), |b| b.map(Some)), resolved) else {
            complete = false;
            continue;
        };
        steps.push(ProcessStep {
            id: d.id.value.clone(),
            name: name_or_id(&d.name, &d.id),
            kind: d.kind.value,
            by,
            after,
            earliest: d.earliest.map(|e| e.value),
            deadline: d.deadline.map(|e| e.value),
            days: d.days.map_or(0, |e| e.value),
            cited: Cited {
                source: d.cited.source.value.clone(),
                span: d.span,
            },
        });
    }
    if complete && steps.len() == document.process.len() {
        if let Some(cycle) = process_cycle(&steps) {
            let names: Vec<String> = cycle
                .iter()
                .chain(cycle.first())
                .map(|&i| format!("`{}`", steps[i].id))
                .collect();
            let first = cycle[0];
            let waits_for = steps[cycle[cycle.len() - 1]].id.clone();
            let span = document.process[first]
                .after
                .iter()
                .find(|t| t.value == waits_for)
                .map_or(document.process[first].id.span, |t| t.span);
            r.diagnostics.push(
                Diagnostic::new(
                    "process-cycle",
                    span,
                    said!(
                        "the process can never run: its steps wait for each other in a cycle, {}", "het proces kan nooit verlopen: zijn stappen wachten in een kringloop op elkaar, {}",
                        names.join(" → ")
                    ),
                )
                .label(said!(
                    "`{}` waits for `{waits_for}`, which in the end waits for `{}`", "`{}` wacht op `{waits_for}`, dat uiteindelijk wacht op `{}`",
                    steps[first].id, steps[first].id
                ))
                .help(said!("remove one of the `after` references of the cycle", "verwijder een van de `after`-verwijzingen van de kringloop")),
            );
        }
    }
    steps
}

/// A cycle of `after` references, if any, as step indices in the order the steps would run
/// (each waits for the one before it), starting at the step that comes first in the file.
fn process_cycle(steps: &[ProcessStep]) -> Option<Vec<usize>> {
    // Depth-first search along `after` (towards earlier steps), in file order.
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    let mut marks = vec![Mark::New; steps.len()];
    let mut found: Option<Vec<usize>> = None;
    for root in 0..steps.len() {
        if marks[root] != Mark::New {
            continue;
        }
        // The path from the root, each with the next `after` to follow.
        let mut path: Vec<(usize, usize)> = vec![(root, 0)];
        marks[root] = Mark::Open;
        while let Some(&mut (node, ref mut next)) = path.last_mut() {
            if let Some(&prev) = steps[node].after.get(*next) {
                *next += 1;
                match marks[prev] {
                    Mark::New => {
                        marks[prev] = Mark::Open;
                        path.push((prev, 0));
                    }
                    Mark::Open => {
                        let at = path.iter().position(|&(n, _)| n == prev).unwrap_or(0);
                        // Along the path each step waits for the next one: reversed, each
                        // comes before the next.
                        let mut cycle: Vec<usize> = path[at..].iter().map(|&(n, _)| n).collect();
                        cycle.reverse();
                        let start = cycle
                            .iter()
                            .enumerate()
                            .min_by_key(|&(_, &n)| n)
                            .map_or(0, |(k, _)| k);
                        cycle.rotate_left(start);
                        found = Some(cycle);
                        break;
                    }
                    Mark::Done => {}
                }
            } else {
                marks[node] = Mark::Done;
                path.pop();
            }
        }
        if found.is_some() {
            break;
        }
    }
    found
}

/// Resolves a rule, expanding bodies to their members, and rejects rules that no coalition
/// can meet or that pass with nobody's consent.
/// Where each voter of a valid rule is named in it, first naming first; the members of a
/// body named as a voter are named where the body is.
fn voter_spans_of(
    r: &Resolver<'_>,
    bodies: &[Body],
    rule: &RuleDecl,
    out: &mut Vec<(Voter, Span)>,
) {
    let named = |voters: &[VoterDecl], out: &mut Vec<(Voter, Span)>| {
        for voter in voters {
            let found: Vec<Voter> = match voter {
                VoterDecl::Role(role) => vec![Voter::Role(role.value)],
                VoterDecl::Id(text) => match r.ids.get(text.value.as_str()) {
                    Some((Kind::Party, p, _)) => vec![Voter::Party(*p)],
                    Some((Kind::Body, b, _)) => bodies[*b]
                        .members
                        .iter()
                        .map(|m| Voter::Party(m.party))
                        .collect(),
                    _ => Vec::new(),
                },
            };
            let span = match voter {
                VoterDecl::Role(role) => role.span,
                VoterDecl::Id(text) => text.span,
            };
            for v in found {
                if !out.iter().any(|(w, _)| *w == v) {
                    out.push((v, span));
                }
            }
        }
    };
    match rule {
        RuleDecl::AllOf(list) | RuleDecl::AtLeast { of: list, .. } => named(list, out),
        RuleDecl::Unanimous(text) => {
            if let Some((Kind::Body, b, _)) = r.ids.get(text.value.as_str()) {
                for m in &bodies[*b].members {
                    if !out.iter().any(|(w, _)| *w == Voter::Party(m.party)) {
                        out.push((Voter::Party(m.party), text.span));
                    }
                }
            }
        }
        RuleDecl::Weighted { .. } | RuleDecl::MajorityOfPresent { .. } => {}
        RuleDecl::Veto { holders, rule } => {
            named(holders, out);
            voter_spans_of(r, bodies, rule, out);
        }
        RuleDecl::AllRules(rules) | RuleDecl::AnyRule(rules) => {
            for rule in rules {
                voter_spans_of(r, bodies, rule, out);
            }
        }
    }
}

fn resolve_rule(
    r: &mut Resolver<'_>,
    bodies: &[Body],
    rule: &RuleDecl,
    allow_roles: bool,
) -> Option<Rule> {
    let voters = |r: &mut Resolver<'_>, list: &[VoterDecl]| {
        let mut out: Vec<Voter> = Vec::new();
        let mut ok = true;
        for voter in list {
            match voter {
                VoterDecl::Role(role) => {
                    if !allow_roles {
                        r.diagnostics.push(
                            Diagnostic::new(
                                "role-outside-plan",
                                role.span,
                                said!(
                                    "`{}` only means something in a decision about plans", "`{}` betekent alleen iets in een besluit over transformatieplannen",
                                    role.value
                                ),
                            )
                            .label(said!("no region here", "hier is geen regio")),
                        );
                        ok = false;
                    } else if out.contains(&Voter::Role(role.value)) {
                        r.diagnostics.push(
                            Diagnostic::new(
                                "listed-twice",
                                role.span,
                                said!(
                                    "`{}` is listed twice",
                                    "`{}` staat er twee keer",
                                    role.value
                                ),
                            )
                            .label(said!("again", "nog eens")),
                        );
                        ok = false;
                    } else {
                        out.push(Voter::Role(role.value));
                    }
                }
                VoterDecl::Id(text) => match r.resolve(text, &[Kind::Party, Kind::Body]) {
                    Some((Kind::Party, p)) => {
                        if out.contains(&Voter::Party(p)) {
                            r.diagnostics.push(
                                Diagnostic::new(
                                    "listed-twice",
                                    text.span,
                                    said!(
                                        "`{}` votes twice in this rule",
                                        "`{}` stemt twee keer in deze regel",
                                        text.value
                                    ),
                                )
                                .label(said!("again", "nog eens")),
                            );
                            ok = false;
                        } else {
                            out.push(Voter::Party(p));
                        }
                    }
                    Some((_, b)) => {
                        for member in &bodies[b].members {
                            if !out.contains(&Voter::Party(member.party)) {
                                out.push(Voter::Party(member.party));
                            }
                        }
                    }
                    None => ok = false,
                },
            }
        }
        ok.then_some(out)
    };
    match rule {
        RuleDecl::AllOf(list) => voters(r, list).map(Rule::AllOf),
        RuleDecl::AtLeast { count, of } => {
            let out = voters(r, of)?;
            if count.value == 0 {
                r.diagnostics.push(
                    Diagnostic::new(
                        "impossible-rule",
                        count.span,
                        said!(
                            "`at_least = 0` passes without anyone's consent",
                            "`at_least = 0` slaagt zonder dat iemand instemt"
                        ),
                    )
                    .label(said!("at least 1", "ten minste 1")),
                );
                return None;
            }
            let has_roles = out.iter().any(|v| matches!(v, Voter::Role(_)));
            if !has_roles && count.value as usize > out.len() {
                r.diagnostics.push(
                    Diagnostic::new(
                        "impossible-rule",
                        count.span,
                        said!(
                            "`at_least = {}` of {} voters can never be met",
                            "aan `at_least = {}` van {} stemmers kan nooit worden voldaan",
                            count.value,
                            out.len()
                        ),
                    )
                    .label(said!(
                        "more than there are voters",
                        "meer dan er stemmers zijn"
                    )),
                );
                return None;
            }
            Some(Rule::AtLeast {
                count: count.value,
                of: out,
            })
        }
        RuleDecl::Unanimous(body) => {
            let b = r.body(body)?;
            Some(Rule::AllOf(
                bodies[b]
                    .members
                    .iter()
                    .map(|m| Voter::Party(m.party))
                    .collect(),
            ))
        }
        RuleDecl::Weighted { body, threshold } => {
            let b = r.body(body)?;
            let total = bodies[b].total_votes();
            if threshold.value == 0 || threshold.value > total {
                let message = if threshold.value == 0 {
                    said!(
                        "`threshold = 0` passes without anyone's consent",
                        "`threshold = 0` slaagt zonder dat iemand instemt"
                    )
                } else {
                    said!(
                        "`threshold = {}` can never be met: the members of `{}` hold {total} votes",
                        "aan `threshold = {}` kan nooit worden voldaan: de leden van `{}` hebben samen {total} stemmen",
                        threshold.value,
                        body.value
                    )
                };
                r.diagnostics.push(
                    Diagnostic::new("impossible-rule", threshold.span, message)
                        .label(said!("between 1 and {total}", "tussen 1 en {total}")),
                );
                return None;
            }
            Some(Rule::Weighted {
                body: b,
                threshold: threshold.value,
            })
        }
        RuleDecl::MajorityOfPresent { body, quorum } => {
            let b = r.body(body)?;
            let total = bodies[b].total_votes();
            if quorum.value > total || total == 0 {
                r.diagnostics.push(
                    Diagnostic::new(
                        "impossible-rule",
                        quorum.span,
                        said!(
                            "`quorum = {}` can never be met: the members of `{}` hold {total} votes", "aan `quorum = {}` kan nooit worden voldaan: de leden van `{}` hebben samen {total} stemmen",
                            quorum.value, body.value
                        ),
                    )
                    .label(said!("at most {total}", "ten hoogste {total}")),
                );
                return None;
            }
            Some(Rule::MajorityOfPresent {
                body: b,
                quorum: quorum.value,
            })
        }
        RuleDecl::Veto { holders, rule } => {
            let holders = voters(r, holders);
            let rule = resolve_rule(r, bodies, rule, allow_roles);
            Some(Rule::Veto {
                holders: holders?,
                rule: Box::new(rule?),
            })
        }
        RuleDecl::AllRules(rules) | RuleDecl::AnyRule(rules) => {
            let resolved: Vec<Option<Rule>> = rules
                .iter()
                .map(|rule| resolve_rule(r, bodies, rule, allow_roles))
                .collect();
            let resolved: Option<Vec<Rule>> = resolved.into_iter().collect();
            let resolved = resolved?;
            Some(if matches!(rule, RuleDecl::AllRules(_)) {
                Rule::AllRules(resolved)
            } else {
                Rule::AnyRule(resolved)
            })
        }
    }
}

/// Every plan is reviewed by at least one decision, and every region role a review uses is
/// filled in the plan's region, with enough parties for `at_least` to be met.
fn check_plan_reviews(
    r: &mut Resolver<'_>,
    document: &Document,
    plans: &[Plan],
    regions: &[Region],
    decisions: &[Decision],
) {
    for (plan_index, plan) in plans.iter().enumerate() {
        let declared = &document.plans[plan_index];
        let reviews: Vec<(usize, &Decision)> = decisions
            .iter()
            .enumerate()
            .filter(|(_, d)| d.reviews_stream(plan.funded_by))
            .collect();
        if reviews.is_empty() {
            r.diagnostics.push(
                Diagnostic::new(
                    "plan-without-review",
                    declared.funded_by.span,
                    said!(
                        "no decision reviews the plan `{}`, paid from `{}`", "geen besluit toetst het transformatieplan `{}`, betaald uit `{}`",
                        plan.id, plan.funded_by
                    ),
                )
                .label(said!("no `about = \"plan\"` decision covers this money stream", "geen besluit met `about = \"plan\"` dekt deze geldstroom"))
                .help(said!("add a decision about plans whose `funded_by` includes this stream, or leave its `funded_by` out", "voeg een besluit over transformatieplannen toe waarvan `funded_by` deze geldstroom bevat, of laat zijn `funded_by` weg")),
            );
            continue;
        }
        for (decision_index, decision) in reviews {
            for (step_index, step) in decision.steps.iter().enumerate() {
                let mut roles = BTreeSet::new();
                collect_roles(&step.rule, &mut roles);
                let step_span = document.decisions[decision_index].steps[step_index].span;
                for role in roles {
                    let filled = plan.region.map(|g| regions[g].role(role));
                    match filled {
                        None => r.diagnostics.push(
                            Diagnostic::new(
                                "plan-without-region",
                                declared.span,
                                said!(
                                    "the plan `{}` has no `region`, but its review by `{}` asks for `{role}`", "het transformatieplan `{}` heeft geen `region`, maar de toetsing door `{}` vraagt om `{role}`",
                                    plan.id, decision.id
                                ),
                            )
                            .label(said!("add `region = \"...\"`", "voeg `region = \"...\"` toe"))
                            .note(step_span, said!("the review step that needs a region", "de toetsingsstap die een regio nodig heeft")),
                        ),
                        Some(parties) if parties.is_empty() => r.diagnostics.push(
                            Diagnostic::new(
                                "empty-role",
                                regions[plan.region.unwrap_or_default()].cited.span,
                                said!(
                                    "`{role}` is empty in region `{}`, which the review `{}` of plan `{}` needs", "`{role}` is leeg in regio `{}`, die de toetsing `{}` van transformatieplan `{}` nodig heeft",
                                    regions[plan.region.unwrap_or_default()].id,
                                    decision.id,
                                    plan.id
                                ),
                            )
                            .label(said!("fill this role", "vul deze rol"))
                            .note(step_span, said!("the review step that uses the role", "de toetsingsstap die de rol gebruikt")),
                        ),
                        Some(_) => {}
                    }
                }
                if let Some(region) = plan.region {
                    if let Some((count, available)) = unmeetable_count(&step.rule, &regions[region])
                    {
                        r.diagnostics.push(
                            Diagnostic::new(
                                "impossible-rule",
                                step_span,
                                said!(
                                    "in region `{}`, this step asks for {count} of only {available} voters", "in regio `{}` vraagt deze stap om {count} van slechts {available} stemmers",
                                    regions[region].id
                                ),
                            )
                            .label(said!("can never pass for this region's plans", "kan nooit slagen voor de transformatieplannen van deze regio")),
                        );
                    }
                }
            }
        }
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

fn collect_roles(rule: &Rule, roles: &mut BTreeSet<RegionRole>) {
    let mut add = |voters: &[Voter]| {
        for voter in voters {
            if let Voter::Role(role) = voter {
                roles.insert(*role);
            }
        }
    };
    match rule {
        Rule::AllOf(voters) | Rule::AtLeast { of: voters, .. } => add(voters),
        Rule::Weighted { .. } | Rule::MajorityOfPresent { .. } => {}
        Rule::Veto { holders, rule } => {
            add(holders);
            collect_roles(rule, roles);
        }
        Rule::AllRules(rules) | Rule::AnyRule(rules) => {
            for rule in rules {
                collect_roles(rule, roles);
            }
        }
    }
}

/// An `at_least` whose count exceeds the voters it has once roles are filled for `region`.
fn unmeetable_count(rule: &Rule, region: &Region) -> Option<(u32, usize)> {
    match rule {
        Rule::AtLeast { count, of } => {
            let available = crate::logic::vote::expand(of, Some(region)).len();
            (*count as usize > available).then_some((*count, available))
        }
        Rule::Veto { rule, .. } => unmeetable_count(rule, region),
        Rule::AllRules(rules) | Rule::AnyRule(rules) => {
            rules.iter().find_map(|rule| unmeetable_count(rule, region))
        }
        _ => None,
    }
}
