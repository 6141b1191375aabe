//! The rule `equal-rights`.

use super::rule::{Family, Input, rule};
use super::words::clause;
use crate::lang::{Lang, say};
use crate::logic::formula::{Formula, Obligation};
use crate::model::{Model, RightKind, RightTarget};
use crate::verdict::{Counterexample, Detail, Finding};
use std::ops::Not as _;

rule! {
    /// ## What it checks
    /// A right over the agreement or one of its decisions (to propose, set the agenda, chair,
    /// be informed, appoint, veto, have the final say) that one commissioner holds, all
    /// commissioners hold. The exception is a right marked as the ministry's system
    /// responsibility (`system_responsibility = true`); but such a carve-out may not be a veto
    /// or a final say over the agreement, nor over a decision about the agreement or its
    /// process.
    ///
    /// ## Legal basis
    /// VNG, annex 1 to the IZA resolution, "Uitwerking gelijkwaardigheid" (general members' meeting
    /// of 29 November 2024): "VWS, ZN en VNG zijn gezamenlijk en gelijkwaardig opdrachtgever van
    /// het akkoord, onverlet de systeemverantwoordelijkheid van VWS en met respect voor elkaars
    /// taken en verantwoordelijkheden." (Jointly and equally commissioners, without prejudice to
    /// the ministry's system responsibility.) Equality of commissioners means equal rights; the
    /// system responsibility is the one stated exception, and it does not reach the decisions that
    /// make the agreement.
    ///
    /// ## Formal statement
    /// For every agreement `a`, with Boolean constants `has.<right>.<target>.<c>` and
    /// `carve-out.<right>.<target>.<c>` fixed by the model's rights over `a` and its decisions:
    /// `⋁ (has.k.t.c₁ ∧ ¬carve-out.k.t.c₁ ∧ ¬has.k.t.c₂) ∨ ⋁ (carve-out.k.t.c ∧
    /// decisive(k) ∧ over-agreement(t))` is unsatisfiable. *Unsat* means the commissioners'
    /// rights are equal and the carve-out stays within the system responsibility.
    ///
    /// ## Counterexample
    /// The right, who holds it and who lacks it; or the carve-out that reaches the agreement
    /// or a decision over it.
    pub static EQUAL_RIGHTS = {
        id: "equal-rights",
        family: Family::EqualCommissioning,
        title: "a right one commissioner holds over the agreement, every commissioner holds",
        title_nl: "een recht over het akkoord dat één opdrachtgever heeft, hebben alle opdrachtgevers",
        explanation_nl: r#"
## Wat de regel toetst
Een recht over het akkoord of een van zijn besluiten (voorstellen, de agenda bepalen,
voorzitten, geïnformeerd worden, benoemen, veto, het laatste woord) dat één opdrachtgever heeft,
hebben alle opdrachtgevers. De uitzondering is een recht dat als systeemverantwoordelijkheid
van het ministerie is gemarkeerd (`system_responsibility = true`); maar zo'n uitzondering mag
geen veto of laatste woord zijn over het akkoord, noch over een besluit over het akkoord of het
proces.

## Juridische grondslag
VNG, Bijlage 1 bij resolutie IZA, "Uitwerking gelijkwaardigheid" (ALV 29 november 2024): "VWS,
ZN en VNG zijn gezamenlijk en gelijkwaardig opdrachtgever van het akkoord, onverlet de
systeemverantwoordelijkheid van VWS en met respect voor elkaars taken en verantwoordelijkheden."
Gelijkwaardigheid van opdrachtgevers betekent gelijke rechten; de systeemverantwoordelijkheid is
de ene genoemde uitzondering, en die reikt niet tot de besluiten die het akkoord maken.

## Formele uitspraak
Voor elk akkoord `a`, met Booleaanse constanten `has.<recht>.<doel>.<c>` en
`carve-out.<recht>.<doel>.<c>`, vastgelegd door de rechten in het model over `a` en zijn
besluiten: `⋁ (has.k.t.c₁ ∧ ¬carve-out.k.t.c₁ ∧ ¬has.k.t.c₂) ∨ ⋁ (carve-out.k.t.c ∧
decisive(k) ∧ over-agreement(t))` is onvervulbaar. *Unsat* betekent: de rechten van de
opdrachtgevers zijn gelijk en de uitzondering blijft binnen de systeemverantwoordelijkheid.

## Tegenvoorbeeld
Het recht, wie het heeft en wie niet; of de uitzondering die het akkoord of een besluit erover
raakt.
"#,
        example_holds: "equal-rights/holds.toml",
        example_violated: "equal-rights/chair-for-one.toml",
        obligations: obligations,
        counterexample: counterexample,
    };
}

/// One right over agreement `a` or one of its decisions: which right, over what, and for each
/// commissioner whether it holds it and whether as a carve-out.
struct RightFacts {
    kind: RightKind,
    target: RightTarget,
    /// Per commissioner (model order): (holds, as carve-out, index of the right in the model).
    holders: Vec<(bool, bool, Option<usize>)>,
}

fn target_id(model: &Model, target: RightTarget) -> &str {
    match target {
        RightTarget::Agreement(a) => &model.agreements[a].id,
        RightTarget::Decision(d) => &model.decisions[d].id,
    }
}

fn over_agreement(model: &Model, target: RightTarget, a: usize) -> bool {
    match target {
        RightTarget::Agreement(x) => x == a,
        RightTarget::Decision(d) => matches!(
            model.decisions[d].about,
            crate::model::About::Agreement(x) | crate::model::About::Process(x) if x == a
        ),
    }
}

fn rights_over(model: &Model, a: usize) -> Vec<RightFacts> {
    let mut keys: Vec<(RightKind, RightTarget)> = model
        .rights
        .iter()
        .filter(|r| over_agreement(model, r.over, a))
        .map(|r| (r.kind, r.over))
        .collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .map(|(kind, target)| RightFacts {
            kind,
            target,
            holders: model
                .commissioners
                .iter()
                .map(|&c| {
                    let held = model
                        .rights
                        .iter()
                        .enumerate()
                        .filter(|(_, r)| r.holder == c && r.kind == kind && r.over == target)
                        .min_by_key(|(_, r)| r.system_responsibility);
                    match held {
                        Some((i, r)) => (true, r.system_responsibility, Some(i)),
                        None => (false, false, None),
                    }
                })
                .collect(),
        })
        .collect()
}

fn obligations(input: &Input<'_>) -> Vec<Obligation> {
    let model = input.model;
    let mut obligations = Vec::new();
    for (a, agreement) in model.agreements.iter().enumerate() {
        let mut ob = Obligation::new(
            EQUAL_RIGHTS.id,
            Some(&agreement.id),
            "equal rights".to_string(),
            format!(
                "the commissioners hold equal rights over `{}`",
                agreement.id
            ),
        );
        ob.focus.agreement = Some(a);
        let mut breaches = Vec::new();
        for facts in rights_over(model, a) {
            let target = target_id(model, facts.target).to_string();
            let mut has = Vec::new();
            let mut carve = Vec::new();
            for (&c, &(holds, carved, right)) in model.commissioners.iter().zip(&facts.holders) {
                let id = &model.parties[c].id;
                let cited: Vec<_> = right
                    .map(|i| {
                        let kind = facts.kind;
                        clause(
                            model,
                            say!(
                                input.lang,
                                "`{id}` holds `{kind}` over `{target}`",
                                "`{id}` heeft `{kind}` over `{target}`"
                            ),
                            &model.rights[i].cited,
                        )
                    })
                    .into_iter()
                    .collect();
                let h = ob.fact(
                    &format!("has.{}.{target}.{id}", facts.kind),
                    holds,
                    format!("`{id}` holds `{}` over `{target}`: {holds}", facts.kind),
                    cited.clone(),
                );
                let k = ob.fact(
                    &format!("carve-out.{}.{target}.{id}", facts.kind),
                    carved,
                    format!("as system responsibility: {carved}"),
                    cited,
                );
                has.push(h);
                carve.push(k);
            }
            for i in 0..has.len() {
                for j in 0..has.len() {
                    if i != j {
                        breaches.push(Formula::And(vec![
                            has[i].clone(),
                            carve[i].clone().not(),
                            has[j].clone().not(),
                        ]));
                    }
                }
                // Every target here is the agreement or a decision over it (`rights_over`): a
                // decisive carve-out over either reaches the decisions that make the agreement.
                if facts.kind.is_decisive() {
                    breaches.push(carve[i].clone());
                }
            }
        }
        ob.assert(
            "some right is unequal, or a carve-out decides over the agreement",
            Formula::Or(breaches),
        );
        obligations.push(ob);
    }
    obligations
}

fn counterexample(input: &Input<'_>, ob: &Obligation, values: &[bool]) -> Counterexample {
    let model = input.model;
    let a = ob.focus.agreement.unwrap_or_default();
    let mut findings = Vec::new();
    let mut clauses = Vec::new();
    for facts in rights_over(model, a) {
        let target = target_id(model, facts.target).to_string();
        let name = |c: usize| model.parties[c].id.clone();
        let value = |kind: &str, c: usize| {
            ob.value(
                values,
                &format!("{kind}.{}.{target}.{}", facts.kind, name(c)),
            )
        };
        let plain_holders: Vec<usize> = model
            .commissioners
            .iter()
            .copied()
            .filter(|&c| value("has", c) && !value("carve-out", c))
            .collect();
        let lacking: Vec<usize> = model
            .commissioners
            .iter()
            .copied()
            .filter(|&c| !value("has", c))
            .collect();
        if !plain_holders.is_empty() && !lacking.is_empty() {
            let holders: Vec<String> = plain_holders.iter().map(|&c| name(c)).collect();
            let lacks: Vec<String> = lacking.iter().map(|&c| name(c)).collect();
            let (kind, lang) = (facts.kind, input.lang);
            let (who, whom) = (
                super::words::list(&holders, lang),
                super::words::list(&lacks, lang),
            );
            findings.push(Finding {
                problem: "unequal-right",
                about: format!("{} over {target}", facts.kind),
                text: match (lang, holders.len() == 1, lacks.len() == 1) {
                    (Lang::En, true, true) => {
                        format!("{who} holds `{kind}` over `{target}`, {whom} does not")
                    }
                    (Lang::En, true, false) => {
                        format!("{who} holds `{kind}` over `{target}`, {whom} do not")
                    }
                    (Lang::En, false, true) => {
                        format!("{who} hold `{kind}` over `{target}`, {whom} does not")
                    }
                    (Lang::En, false, false) => {
                        format!("{who} hold `{kind}` over `{target}`, {whom} do not")
                    }
                    (Lang::Nl, one, _) => format!(
                        "{who} {} `{kind}` over `{target}`, {whom} niet",
                        if one { "heeft" } else { "hebben" }
                    ),
                },
            });
        }
        for (&c, &(_, _, right)) in model.commissioners.iter().zip(&facts.holders) {
            let carve_reaches = value("carve-out", c) && facts.kind.is_decisive();
            if carve_reaches {
                findings.push(Finding {
                    problem: "carve-out-over-agreement",
                    about: format!("{} over {target}", facts.kind),
                    text: {
                        let (who, kind) = (name(c), facts.kind);
                        say!(
                            input.lang,
                            "`{who}` holds `{kind}` over `{target}` as system responsibility, which may not reach the agreement or a decision over it",
                            "`{who}` heeft `{kind}` over `{target}` als systeemverantwoordelijkheid, die het akkoord en de besluiten erover niet mag raken"
                        )
                    },
                });
            }
            if let Some(i) = right {
                if !findings.is_empty()
                    && findings.last().is_some_and(|f| f.about.ends_with(&target))
                {
                    let (kind, who) = (facts.kind, name(c));
                    clauses.push(clause(
                        model,
                        say!(
                            input.lang,
                            "right `{kind}` of `{who}` over `{target}`",
                            "recht `{kind}` van `{who}` over `{target}`"
                        ),
                        &model.rights[i].cited,
                    ));
                }
            }
        }
    }
    let summary = findings
        .iter()
        .map(|f| f.text.clone())
        .collect::<Vec<_>>()
        .join("; ");
    Counterexample {
        summary: {
            let akkoord = &model.agreements[a].id;
            say!(
                input.lang,
                "Rights over `{akkoord}` are unequal: {summary}.",
                "De rechten over `{akkoord}` zijn ongelijk: {summary}."
            )
        },
        detail: Detail::Facts { findings },
        clauses,
    }
}
