//! The checks that need a complete model: every plan is reviewed by at least one decision, and
//! every region role a review uses is filled in the plan's region, with enough parties for
//! `at_least` to be met. They run only when nothing else is wrong; before that, their messages
//! would be noise.

use super::resolver::Resolver;
use crate::language::diagnostic::{Diagnostic, said};
use crate::language::load::{Document, PlanDecl};
use crate::language::source::Span;
use crate::model::{Decision, Plan, Region, RegionRole, Rule, Step, Voter};
use std::collections::BTreeSet;

/// Every plan is reviewed by at least one decision, and every region role a review uses is
/// filled in the plan's region, with enough parties for `at_least` to be met.
pub(super) fn check_plan_reviews(
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
                let step_span = document.decisions[decision_index].steps[step_index].span;
                check_review_step(r, plan, declared, regions, decision, step, step_span);
            }
        }
    }
}

/// One step of a review of `plan`: the region roles it uses are filled in the plan's region,
/// and its `at_least` counts can be met there.
fn check_review_step(
    r: &mut Resolver<'_>,
    plan: &Plan,
    declared: &PlanDecl,
    regions: &[Region],
    decision: &Decision,
    step: &Step,
    step_span: Span,
) {
    let mut roles = BTreeSet::new();
    collect_roles(&step.rule, &mut roles);
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
        if let Some((count, available)) = unmeetable_count(&step.rule, &regions[region]) {
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

/// The region roles a rule names as voters.
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
