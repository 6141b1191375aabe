//! The rule `budget-autonomy`.

use super::rule::{Family, Input, rule};
use super::words::clause;
use crate::lang::say;
use crate::logic::formula::{Formula, Obligation};
use crate::model::{Element, Model, PartyKind, RelationKind};
use crate::verdict::{Clause, Counterexample, Detail, PathStep};

rule! {
    /// ## What it checks
    /// No other party approves or sets the budget of a municipality: no `approves-budget-of`
    /// relation leads to it from another party, and no party steers, through a chain of
    /// `instructs` relations, whoever approves its budget (its own council, a body, or the
    /// municipality itself). Statutory supervision (a province approving the budget of a
    /// municipality under preventive supervision) is outside the agreement and not modelled:
    /// a model that writes it as `approves-budget-of` gets it reported.
    ///
    /// ## Legal basis
    /// VNG, annex 1 to the IZA resolution, "Uitwerking gelijkwaardigheid" (general members' meeting
    /// of 29 November 2024), under "Mandaat": "gemeenten zijn eerste overheid voor hun inwoners,
    /// met democratische prioriteiten en autonome bevoegdheden tav begroting." (Municipalities are
    /// the first government for their residents, with democratic priorities and autonomous powers
    /// over their budget.) A budget another party approves, or whose approver another party
    /// instructs, is not autonomous.
    ///
    /// ## Formal statement
    /// For every party `m` of kind `municipality`: a chain is
    /// `instructs` relations `e₀ → e₁ → … → eₖ` followed by one `approves-budget-of` relation
    /// `eₖ → m`, starting at a party `e₀ ≠ m`. With `relation.<i>` the Boolean fact that
    /// relation `i` exists (cited by its clause) and `at.<k>.<e>` (the chain is at `e`, `k`
    /// steps before the approval), `⋀_e (at.0.e ⇒ ⋁_{i: e approves-budget-of m} relation.<i>)
    /// ∧ ⋀_{k ≥ 1, e} (at.k.e ⇒ ⋁_{i: e instructs d} (relation.<i> ∧ at.(k−1).d)) ∧
    /// ⋁_{k < K, party p ≠ m} at.k.p` is unsatisfiable, `K` bounding the chain by the number
    /// of levels of `instructs` from which `m`'s approver is reached. *Unsat* means no other party approves
    /// or sets `m`'s budget. A body (a council) approving a budget is no violation by itself;
    /// a party that instructs it is. Only a budget that some relation approves is checked; the
    /// rule gives one verdict for the whole model, which holds at once when no relation
    /// approves a municipal budget.
    ///
    /// ## Counterexample
    /// The shortest chain, each relation in it with the clause it comes from.
    pub static BUDGET_AUTONOMY = {
        id: "budget-autonomy",
        family: Family::Mandate,
        title: "no other party approves or sets a municipality's budget",
        title_nl: "geen andere partij keurt de begroting van een gemeente goed of stelt die vast",
        explanation_nl: r#"
## Wat de regel toetst
Geen andere partij keurt de begroting van een gemeente goed of stelt die vast: geen relatie
`approves-budget-of` loopt ernaartoe vanuit een andere partij, en geen partij stuurt via een
keten van relaties `instructs` wie de begroting goedkeurt (de eigen raad, een orgaan of de
gemeente zelf). Wettelijk toezicht (een provincie die de begroting van een gemeente onder
preventief toezicht goedkeurt) valt buiten het akkoord en wordt niet gemodelleerd: een model
dat het als `approves-budget-of` schrijft, krijgt het gemeld.

## Juridische grondslag
VNG, Bijlage 1 bij resolutie IZA, "Uitwerking gelijkwaardigheid" (ALV 29 november 2024), onder
"Mandaat": "gemeenten zijn eerste overheid voor hun inwoners, met democratische prioriteiten en
autonome bevoegdheden tav begroting." Een begroting die door een andere partij wordt
goedgekeurd, of waarvan een andere partij de goedkeurder instrueert, is niet autonoom.

## Formele uitspraak
Voor elke partij `m` van de soort `municipality`: een keten is
een reeks relaties `instructs` `e₀ → e₁ → … → eₖ` gevolgd door één relatie
`approves-budget-of` `eₖ → m`, beginnend bij een partij `e₀ ≠ m`. Met `relation.<i>` het
Booleaanse feit dat relatie `i` bestaat (met haar bepaling) en `at.<k>.<e>` (de keten is bij
`e`, `k` stappen vóór de goedkeuring), is `⋀_e (at.0.e ⇒ ⋁_{i: e approves-budget-of m}
relation.<i>) ∧ ⋀_{k ≥ 1, e} (at.k.e ⇒ ⋁_{i: e instructs d} (relation.<i> ∧ at.(k−1).d)) ∧
⋁_{k < K, partij p ≠ m} at.k.p` onvervulbaar, waarbij `K` de keten begrenst met het aantal
niveaus van `instructs` van waaruit de goedkeurder van `m` wordt bereikt. *Unsat* betekent: geen andere
partij keurt de begroting van `m` goed of stelt die vast. Een orgaan (een raad) dat een
begroting goedkeurt, is op zich geen schending; een partij die het instrueert wel. Alleen een
begroting die door een relatie wordt goedgekeurd, wordt getoetst; de regel geeft één oordeel voor het hele
model, dat meteen voldaan is als geen relatie een gemeentelijke begroting goedkeurt.

## Tegenvoorbeeld
De kortste keten, elke relatie erin met de bepaling waar die vandaan komt.
"#,
        example_holds: "budget-autonomy/holds.toml",
        example_violated: "budget-autonomy/state-approves.toml",
        obligations: obligations,
        counterexample: counterexample,
    };
}

/// The municipal parties whose budget is checked, in model order.
fn municipal(model: &Model) -> Vec<usize> {
    (0..model.parties.len())
        .filter(|&p| matches!(model.parties[p].kind, PartyKind::Municipality))
        .collect()
}

/// The elements from which a chain reaches `m`'s budget, by their distance: level 0 the
/// approvers of `m`'s budget, level k those that instruct one of level k − 1. Each element
/// at its lowest level only.
fn levels(model: &Model, m: usize) -> Vec<Vec<Element>> {
    let target = Element::Party(m);
    let approvers: Vec<Element> = dedup(
        model
            .relations
            .iter()
            .filter(|r| r.kind == RelationKind::ApprovesBudgetOf && r.to == target)
            .map(|r| r.from)
            .collect(),
    );
    let mut seen = approvers.clone();
    let mut levels = vec![approvers];
    loop {
        let last = levels.last().cloned().unwrap_or_default();
        let next: Vec<Element> = dedup(
            model
                .relations
                .iter()
                .filter(|r| r.kind == RelationKind::Instructs && last.contains(&r.to))
                .map(|r| r.from)
                .filter(|e| !seen.contains(e))
                .collect(),
        );
        if next.is_empty() {
            break;
        }
        seen.extend(next.iter().copied());
        levels.push(next);
    }
    levels
}

fn dedup(elements: Vec<Element>) -> Vec<Element> {
    let mut out = Vec::new();
    for e in elements {
        if !out.contains(&e) {
            out.push(e);
        }
    }
    out
}

fn relation_clause(input: &Input<'_>, i: usize) -> Clause {
    let model = input.model;
    let r = &model.relations[i];
    clause(
        model,
        format!(
            "`{}` {} `{}`",
            model.element_id(r.from),
            r.kind,
            model.element_id(r.to)
        ),
        &r.cited,
    )
}

/// The variable `at.<k>.<e>`.
fn at(ob: &mut Obligation, model: &Model, k: usize, e: Element) -> Formula {
    ob.vars.var(&format!("at.{k}.{}", model.element_id(e)))
}

fn obligations(input: &Input<'_>) -> Vec<Obligation> {
    let model = input.model;
    let mut obligations = Vec::new();
    // Only a budget that some relation approves can be approved or set by another party.
    let approved: Vec<usize> = municipal(model)
        .into_iter()
        .filter(|&m| {
            model
                .relations
                .iter()
                .any(|r| r.kind == RelationKind::ApprovesBudgetOf && r.to == Element::Party(m))
        })
        .collect();
    if approved.is_empty() {
        let mut ob = Obligation::new(
            BUDGET_AUTONOMY.id,
            None,
            say!(
                input.lang,
                "every municipal budget",
                "elke gemeentelijke begroting"
            ),
            "no party approves or sets the budget of a municipality".to_string(),
        );
        ob.assert(
            "no relation approves the budget of a municipality",
            Formula::Const(false),
        );
        obligations.push(ob);
    }
    for m in approved {
        let id = &model.parties[m].id;
        let mut ob = Obligation::new(
            BUDGET_AUTONOMY.id,
            None,
            say!(
                input.lang,
                "the budget of `{id}`",
                "de begroting van `{id}`"
            ),
            format!("no other party approves or sets the budget of `{id}`"),
        );
        ob.focus.party = Some(m);
        let levels = levels(model, m);
        let elements: Vec<Element> = levels.iter().flatten().copied().collect();
        let others: Vec<Element> = elements
            .iter()
            .copied()
            .filter(|&e| matches!(e, Element::Party(p) if p != m))
            .collect();
        if others.is_empty() {
            ob.assert(
                format!("no party but `{id}` reaches the approval of its budget"),
                Formula::Const(false),
            );
            obligations.push(ob);
            continue;
        }
        let depth = levels.len();
        let target = Element::Party(m);
        let mut facts = Vec::new();
        for (i, r) in model.relations.iter().enumerate() {
            let relevant = (r.kind == RelationKind::ApprovesBudgetOf && r.to == target)
                || (r.kind == RelationKind::Instructs
                    && elements.contains(&r.from)
                    && elements.contains(&r.to));
            if relevant {
                let rests_on = vec![relation_clause(input, i)];
                let fact = ob.fact(
                    &format!("relation.{}", i + 1),
                    true,
                    format!(
                        "`{}` {} `{}`",
                        model.element_id(r.from),
                        r.kind,
                        model.element_id(r.to)
                    ),
                    rests_on,
                );
                facts.push((i, fact));
            }
        }
        for k in 0..depth {
            for &e in &elements {
                let here = at(&mut ob, model, k, e);
                let ways: Vec<Formula> = facts
                    .iter()
                    .filter(|(i, _)| {
                        let r = &model.relations[*i];
                        r.from == e
                            && if k == 0 {
                                r.kind == RelationKind::ApprovesBudgetOf
                            } else {
                                r.kind == RelationKind::Instructs
                            }
                    })
                    .map(|(i, fact)| (model.relations[*i].to, fact.clone()))
                    .collect::<Vec<_>>()
                    .into_iter()
                    .map(|(to, fact)| {
                        if k == 0 {
                            fact
                        } else {
                            Formula::And(vec![fact, at(&mut ob, model, k - 1, to)])
                        }
                    })
                    .collect();
                ob.assert(
                    format!(
                        "`{}` is {k} steps before the approval only through a relation",
                        model.element_id(e)
                    ),
                    here.implies(Formula::Or(ways)),
                );
            }
        }
        let mut starts = Vec::new();
        for k in 0..depth {
            for &e in &others {
                starts.push(at(&mut ob, model, k, e));
            }
        }
        ob.assert(
            format!("a party other than `{id}` starts the chain"),
            Formula::Or(starts),
        );
        // The fewest positions taken: the shortest chain.
        ob.minimize = (0..ob.vars.len())
            .filter(|&i| ob.vars.names()[i].starts_with("at."))
            .collect();
        obligations.push(ob);
    }
    obligations
}

fn counterexample(input: &Input<'_>, ob: &Obligation, values: &[bool]) -> Counterexample {
    let model = input.model;
    let m = ob.focus.party.unwrap_or_default();
    let target = Element::Party(m);
    let levels = levels(model, m);
    let is_at = |k: usize, e: Element| ob.value(values, &format!("at.{k}.{}", model.element_id(e)));
    // The start: a party other than `m` at the lowest level the model puts one.
    let start = (0..levels.len()).find_map(|k| {
        levels
            .iter()
            .flatten()
            .copied()
            .find(|&e| matches!(e, Element::Party(p) if p != m) && is_at(k, e))
            .map(|e| (k, e))
    });
    let mut chain = Vec::new();
    if let Some((mut k, mut here)) = start {
        loop {
            let found = model.relations.iter().enumerate().find(|(_, r)| {
                r.from == here
                    && if k == 0 {
                        r.kind == RelationKind::ApprovesBudgetOf && r.to == target
                    } else {
                        r.kind == RelationKind::Instructs && is_at(k - 1, r.to)
                    }
            });
            let Some((i, r)) = found else { break };
            chain.push(i);
            if k == 0 {
                break;
            }
            here = r.to;
            k -= 1;
        }
    }
    let path: Vec<PathStep> = chain
        .iter()
        .map(|&i| {
            let r = &model.relations[i];
            PathStep {
                from: model.element_id(r.from).to_string(),
                relation: r.kind.to_string(),
                to: model.element_id(r.to).to_string(),
            }
        })
        .collect();
    let words: Vec<String> = path
        .iter()
        .map(|p| format!("`{}` {} `{}`", p.from, p.relation, p.to))
        .collect();
    let (id, from, chain_words) = (
        &model.parties[m].id,
        path.first().map(|p| p.from.clone()).unwrap_or_default(),
        words.join(", "),
    );
    Counterexample {
        summary: say!(
            input.lang,
            "`{from}` approves or sets the budget of `{id}`: {chain_words}.",
            "`{from}` keurt de begroting van `{id}` goed of stelt die vast: {chain_words}."
        ),
        detail: Detail::Path {
            from,
            to: id.clone(),
            path,
        },
        clauses: chain.iter().map(|&i| relation_clause(input, i)).collect(),
    }
}
