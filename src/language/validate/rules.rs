//! The rule of a decision step: its voters resolved (bodies expanded to their members, region
//! roles only where a region is known), rules that no coalition can meet or that pass with
//! nobody's consent rejected, and where in the file each voter of a valid rule is named.

use super::resolver::Resolver;
use crate::language::diagnostic::{Diagnostic, said};
use crate::language::elements::Kind;
use crate::language::load::{RuleDecl, Spanned, Text, VoterDecl};
use crate::language::source::Span;
use crate::model::{Body, Rule, Voter};

/// Resolves a rule, expanding bodies to their members, and rejects rules that no coalition
/// can meet or that pass with nobody's consent. Region roles are voters only when
/// `allow_roles` (in a decision about plans).
pub(super) fn resolve_rule(
    r: &mut Resolver<'_>,
    bodies: &[Body],
    rule: &RuleDecl,
    allow_roles: bool,
) -> Option<Rule> {
    match rule {
        RuleDecl::AllOf(list) => voters(r, bodies, list, allow_roles).map(Rule::AllOf),
        RuleDecl::AtLeast { count, of } => {
            let out = voters(r, bodies, of, allow_roles)?;
            at_least(r, count, out)
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
        RuleDecl::Weighted { body, threshold } => weighted(r, bodies, body, threshold),
        RuleDecl::MajorityOfPresent { body, quorum } => {
            majority_of_present(r, bodies, body, quorum)
        }
        RuleDecl::Veto { holders, rule } => {
            let holders = voters(r, bodies, holders, allow_roles);
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

/// The voters a list names, each once (a body's members join it once each); `None` when one
/// of them is unknown, listed twice, or a role where roles mean nothing.
fn voters(
    r: &mut Resolver<'_>,
    bodies: &[Body],
    list: &[VoterDecl],
    allow_roles: bool,
) -> Option<Vec<Voter>> {
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
}

/// `at_least = count` of the voters `out`: at least one, and no more than there are (unless
/// region roles, filled per plan, are among them).
fn at_least(r: &mut Resolver<'_>, count: &Spanned<u32>, out: Vec<Voter>) -> Option<Rule> {
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

/// A weighted vote in `body`: the threshold lies between 1 and the votes its members hold.
fn weighted(
    r: &mut Resolver<'_>,
    bodies: &[Body],
    body: &Text,
    threshold: &Spanned<u64>,
) -> Option<Rule> {
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

/// A majority of the votes present in `body`: the quorum is at most the votes its members
/// hold, and they hold some.
fn majority_of_present(
    r: &mut Resolver<'_>,
    bodies: &[Body],
    body: &Text,
    quorum: &Spanned<u64>,
) -> Option<Rule> {
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

/// Where each voter of a valid rule is named in it, first naming first; the members of a
/// body named as a voter are named where the body is.
pub(super) fn voter_spans_of(
    r: &Resolver<'_>,
    bodies: &[Body],
    rule: &RuleDecl,
    out: &mut Vec<(Voter, Span)>,
) {
    match rule {
        RuleDecl::AllOf(list) | RuleDecl::AtLeast { of: list, .. } => named(r, bodies, list, out),
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
            named(r, bodies, holders, out);
            voter_spans_of(r, bodies, rule, out);
        }
        RuleDecl::AllRules(rules) | RuleDecl::AnyRule(rules) => {
            for rule in rules {
                voter_spans_of(r, bodies, rule, out);
            }
        }
    }
}

/// Where each of `voters` is named, for the voters not named before.
fn named(r: &Resolver<'_>, bodies: &[Body], voters: &[VoterDecl], out: &mut Vec<(Voter, Span)>) {
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
}
