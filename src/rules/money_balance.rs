//! The rule `money-balance`.

use super::rule::{Family, Input, rule};
use super::words::clause;
use crate::lang::{Lang, say};
use crate::logic::formula::{Formula, Obligation};
use crate::model::{Element, Model, Nature, RelationKind, Side, runs_in};
use crate::verdict::{Clause, Counterexample, Detail};

rule! {
    /// ## What it checks
    /// For every year the model names (or the years set with `years` in `[model]` or
    /// `--years`), the structural money given to the municipal side covers the structural
    /// costs of the municipal side's tasks under the agreement, after the cuts announced for
    /// that year. One-off money does not count: it cannot pay for a structural task. A cut
    /// given as a range ("2,5 à 3 miljard") must be covered at every amount in it.
    ///
    /// ## Legal basis
    /// VNG, annex 1 to the IZA resolution, "Uitwerking gelijkwaardigheid" (general members' meeting
    /// of 29 November 2024), under "Financiën": "het rijk is verantwoordelijk voor een balans
    /// tussen taken, middelen en uitvoerbaarheid voor gemeenten. [...] Voldoende structurele
    /// middelen voor gemeenten zijn uitgangspunt in het nieuwe akkoord." (The state is responsible
    /// for a balance between tasks, means and implementability for municipalities; sufficient
    /// structural funds for municipalities are a starting point of the new agreement.) A news
    /// report of the trade press, "VNG stapt uit het Integraal Zorgakkoord" (November 2024), names
    /// the cuts that count against them: "een bezuiniging van 2,5 à 3 miljard euro per jaar" (a cut
    /// of 2.5 to 3 billion euros a year, from the "Ravijnjaar 2026") and "300 miljoen euro te
    /// bezuinigen op preventie" (300 million euros cut on prevention).
    ///
    /// ## Formal statement
    /// For every year `y`, with Boolean constants `fund.<i>` (the structural `funds` relation
    /// `i` to a party of the municipal side runs in `y`), `task.<t>` and `cut.<c>` (the task
    /// or cut runs in `y`), and a free Boolean `cut.<c>.top` for each cut with a range (the cut
    /// is at the top of its range rather than at its bottom): `Σ cost(t)·task.<t> + Σ
    /// amount(c)·cut.<c> + Σ (up_to(c) − amount(c))·cut.<c>.top − Σ amount(i)·fund.<i> ≥ 1` is
    /// unsatisfiable, in whole euros. *Unsat* means the structural money covers the year's
    /// costs and cuts, at any amount of each range.
    ///
    /// ## Counterexample
    /// The year and the shortfall in euros: the structural funds, the costs and the cuts of
    /// that year (each range at the lowest amount that already leaves a shortfall), each
    /// cited.
    pub static MONEY_BALANCE = {
        id: "money-balance",
        family: Family::Money,
        title: "each year, structural money covers the municipal side's structural tasks and the cuts",
        title_nl: "elk jaar dekken structurele middelen de structurele taken van de gemeenten en de bezuinigingen",
        explanation_nl: r#"
## Wat de regel toetst
Voor elk jaar dat het model noemt (of de jaren die `years` in `[model]` of `--years`
vastlegt), dekken de structurele middelen voor de kant van de gemeenten de structurele kosten
van de taken van de gemeenten onder het akkoord, na de bezuinigingen die voor dat jaar zijn
aangekondigd. Incidentele middelen tellen niet: zij betalen geen structurele taak. Een
bezuiniging die als bandbreedte is gegeven ("2,5 à 3 miljard") moet bij elk bedrag daarin
gedekt zijn.

## Juridische grondslag
VNG, Bijlage 1 bij resolutie IZA, "Uitwerking gelijkwaardigheid" (ALV 29 november 2024), onder
"Financiën": "het rijk is verantwoordelijk voor een balans tussen taken, middelen en
uitvoerbaarheid voor gemeenten. [...] Voldoende structurele middelen voor gemeenten zijn
uitgangspunt in het nieuwe akkoord." Een nieuwsbericht in de vakpers, "VNG stapt uit het
Integraal Zorgakkoord" (november 2024), noemt de bezuinigingen die daartegen tellen: "een
bezuiniging van 2,5 à 3 miljard euro per jaar" (het "Ravijnjaar 2026") en "300 miljoen euro te
bezuinigen op preventie".

## Formele uitspraak
Voor elk jaar `y`, met Booleaanse constanten `fund.<i>` (de structurele `funds`-relatie `i`
naar een partij aan de kant van de gemeenten loopt in `y`), `task.<t>` en `cut.<c>` (de taak
of bezuiniging loopt in `y`), en een vrije Boolean `cut.<c>.top` voor elke bezuiniging met
een bandbreedte (de bezuiniging zit aan de bovenkant in plaats van de onderkant): `Σ
kosten(t)·task.<t> + Σ bedrag(c)·cut.<c> + Σ (up_to(c) − bedrag(c))·cut.<c>.top − Σ
bedrag(i)·fund.<i> ≥ 1` is onvervulbaar, in hele euro's. *Unsat* betekent: de structurele
middelen dekken de kosten en bezuinigingen van het jaar, bij elk bedrag binnen elke
bandbreedte.

## Tegenvoorbeeld
Het jaar en het tekort in euro's: de structurele middelen, de kosten en de bezuinigingen van
dat jaar (elke bandbreedte op het laagste bedrag dat al een tekort geeft), elk met bron.
"#,
        example_holds: "money-balance/covered.toml",
        example_violated: "money-balance/cut-range.toml",
        obligations: obligations,
        counterexample: counterexample,
    };
}

/// The years checked: the model's or the command line's `years`, else every year from the
/// first to the last that a task, a cut or structural money to the municipal side names (its
/// first year, and its last where it ends). None when the model has no task and no cut: then there is nothing to balance.
pub fn years(input: &Input<'_>) -> Option<(i32, i32)> {
    let model = input.model;
    if model.tasks.is_empty() && model.cuts.is_empty() {
        return None;
    }
    if let Some(years) = input.years.or(model.years) {
        return Some(years);
    }
    let named = model
        .tasks
        .iter()
        .flat_map(|t| [Some(t.from), t.until])
        .chain(model.cuts.iter().flat_map(|c| [Some(c.from), c.until]))
        .chain(funds(model).flat_map(|(_, f)| [Some(f.year), f.until]))
        .flatten();
    let (first, last) = named.fold((i32::MAX, i32::MIN), |(lo, hi), y| (lo.min(y), hi.max(y)));
    (first <= last).then_some((first, last))
}

/// The structural `funds` relations to a party of the municipal side, by relation index.
fn funds(model: &Model) -> impl Iterator<Item = (usize, &crate::model::Funding)> {
    model.relations.iter().enumerate().filter_map(|(i, r)| {
        let to_municipal =
            matches!(r.to, Element::Party(p) if model.parties[p].side == Side::Municipal);
        match &r.funding {
            Some(f)
                if r.kind == RelationKind::Funds
                    && to_municipal
                    && f.nature == Nature::Structural =>
            {
                Some((i, f))
            }
            _ => None,
        }
    })
}

/// An amount of whole euros as a reader writes it: `EUR 1,500,000` or `€ 1.500.000`.
pub fn euros(amount: i64, lang: Lang) -> String {
    let digits = amount.unsigned_abs().to_string();
    let separator = lang.pick(",", ".");
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push_str(separator);
        }
        grouped.push(digit);
    }
    let sign = if amount < 0 { "-" } else { "" };
    format!("{}{sign}{grouped}", lang.pick("EUR ", "€ "))
}

fn fund_clause(input: &Input<'_>, i: usize) -> Clause {
    let model = input.model;
    let relation = &model.relations[i];
    let funding = relation.funding.as_ref().expect("a funds relation");
    let (from, to) = (
        model.element_id(relation.from),
        model.element_id(relation.to),
    );
    let (amount, year) = (euros(funding.amount, input.lang), funding.year);
    clause(
        model,
        say!(
            input.lang,
            "`{from}` funds `{to}` with {amount} a year, structurally from {year}",
            "`{from}` financiert `{to}` met {amount} per jaar, structureel vanaf {year}"
        ),
        &relation.cited,
    )
}

fn obligations(input: &Input<'_>) -> Vec<Obligation> {
    let model = input.model;
    let Some((first, last)) = years(input) else {
        return Vec::new();
    };
    let municipal = |p: usize| model.parties[p].side == Side::Municipal;
    let mut obligations = Vec::new();
    for year in first..=last {
        let subject = year.to_string();
        let mut ob = Obligation::new(
            MONEY_BALANCE.id,
            Some(&subject),
            say!(input.lang, "the balance of {year}", "de balans van {year}"),
            format!(
                "in {year}, structural money covers the municipal side's structural tasks and cuts"
            ),
        );
        let mut terms: Vec<(i64, Formula)> = Vec::new();
        for (i, funding) in funds(model) {
            if funding.in_year(year) {
                let var = ob.fact(
                    &format!("fund.{}", i + 1),
                    true,
                    format!("structural money to the municipal side in {year}"),
                    vec![fund_clause(input, i)],
                );
                terms.push((-funding.amount, var));
            }
        }
        for task in model.tasks.iter().filter(|t| municipal(t.of)) {
            if runs_in(task.from, task.until, year) {
                let (id, cost) = (&task.id, euros(task.cost, input.lang));
                let var = ob.fact(
                    &format!("task.{id}"),
                    true,
                    format!("the task `{id}` costs money in {year}"),
                    vec![clause(
                        model,
                        say!(
                            input.lang,
                            "the task `{id}` costs {cost} a year",
                            "de taak `{id}` kost {cost} per jaar"
                        ),
                        &task.cited,
                    )],
                );
                terms.push((task.cost, var));
            }
        }
        for cut in model.cuts.iter().filter(|c| municipal(c.on)) {
            if runs_in(cut.from, cut.until, year) {
                let (id, amount) = (&cut.id, euros(cut.amount, input.lang));
                let var = ob.fact(
                    &format!("cut.{id}"),
                    true,
                    format!("the cut `{id}` runs in {year}"),
                    vec![clause(
                        model,
                        say!(
                            input.lang,
                            "the cut `{id}` of {amount} a year or more",
                            "de bezuiniging `{id}` van {amount} per jaar of meer"
                        ),
                        &cut.cited,
                    )],
                );
                terms.push((cut.amount, var));
                if let Some(top) = cut.up_to.filter(|&top| top > cut.amount) {
                    let at_top = ob.vars.var(&format!("cut.{id}.top"));
                    ob.minimize
                        .push(ob.vars.lookup(&format!("cut.{id}.top")).expect("just made"));
                    terms.push((top - cut.amount, at_top));
                }
            }
        }
        ob.assert(
            format!(
                "in {year} the costs and cuts exceed the structural money by at least one euro"
            ),
            Formula::AtLeast { terms, bound: 1 },
        );
        obligations.push(ob);
    }
    obligations
}

fn counterexample(input: &Input<'_>, ob: &Obligation, values: &[bool]) -> Counterexample {
    let model = input.model;
    let year: i32 = ob
        .subject
        .as_deref()
        .and_then(|s| s.parse().ok())
        .unwrap_or_default();
    let municipal = |p: usize| model.parties[p].side == Side::Municipal;
    let mut clauses = Vec::new();
    let mut funds_total = 0i64;
    for (i, funding) in funds(model).filter(|(_, f)| f.in_year(year)) {
        funds_total += funding.amount;
        clauses.push(fund_clause(input, i));
    }
    let mut costs = 0i64;
    for task in model
        .tasks
        .iter()
        .filter(|t| municipal(t.of) && runs_in(t.from, t.until, year))
    {
        costs += task.cost;
        let (id, cost) = (&task.id, euros(task.cost, input.lang));
        clauses.push(clause(
            model,
            say!(
                input.lang,
                "the task `{id}` costs {cost} a year",
                "de taak `{id}` kost {cost} per jaar"
            ),
            &task.cited,
        ));
    }
    let mut cuts = 0i64;
    for cut in model
        .cuts
        .iter()
        .filter(|c| municipal(c.on) && runs_in(c.from, c.until, year))
    {
        let at_top = ob.value(values, &format!("cut.{}.top", cut.id));
        let amount = if at_top {
            cut.up_to.unwrap_or(cut.amount)
        } else {
            cut.amount
        };
        cuts += amount;
        let (id, amount) = (&cut.id, euros(amount, input.lang));
        clauses.push(clause(
            model,
            say!(
                input.lang,
                "the cut `{id}`, at {amount} a year",
                "de bezuiniging `{id}`, op {amount} per jaar"
            ),
            &cut.cited,
        ));
    }
    let shortfall = costs + cuts - funds_total;
    let lang = input.lang;
    let (short, f, c, k) = (
        euros(shortfall, lang),
        euros(funds_total, lang),
        euros(costs, lang),
        euros(cuts, lang),
    );
    Counterexample {
        summary: say!(
            lang,
            "In {year} the municipal side is {short} short: structural money {f}, structural costs of its tasks {c}, cuts {k}.",
            "In {year} komt de kant van de gemeenten {short} tekort: structurele middelen {f}, structurele kosten van haar taken {c}, bezuinigingen {k}."
        ),
        detail: Detail::Money {
            year,
            funds: funds_total,
            costs,
            cuts,
            shortfall,
        },
        clauses,
    }
}
