//! The rule `mandate-structure`.

use super::rule::{Family, Input, rule};
use super::words::clause;
use crate::lang::say;
use crate::logic::formula::{Formula, Obligation};
use crate::model::{About, Element, Model, PartyId, Region, RegionRole, RelationKind, Rule, Voter};
use crate::verdict::{Clause, Counterexample, Finding};
use std::ops::Not as _;

rule! {
    /// ## What it checks
    /// Each region's mandate structure represents its municipalities: in every region with a
    /// `mandate_municipality` (the mandaatgemeente), every other municipality of the region
    /// gives it a mandate (a `mandates` relation from the municipality to the mandaatgemeente).
    /// Then, where a step of a plan decision lets `region:mandate-municipality` vote, the
    /// mandaatgemeente acts only under mandate from the municipalities it speaks for; the
    /// counterexample names those steps.
    ///
    /// ## Legal basis
    /// VNG, annex 1 to the IZA resolution, "Uitwerking gelijkwaardigheid" (general members' meeting
    /// of 29 November 2024), under "NB": "In het nieuwe akkoord blijft – bij deelname van
    /// gemeenten – de regionale samenwerking tussen gemeenten en onderlinge vertegenwoordiging in
    /// de mandaatstructuur bestaan" (in the new agreement, the regional cooperation between
    /// municipalities and their representation of one another in the mandate structure remain).
    /// IZA 2022, p. 45: "Ook gemeenten zijn hierin vertegenwoordigd en hebben onderling een
    /// duidelijke mandaatstructuur afgesproken." (Municipalities are represented too and have
    /// agreed a clear mandate structure among themselves.) A mandate is the power to decide in
    /// another's name (art. 10:1 Awb): without it, the mandaatgemeente does not speak for a
    /// municipality.
    ///
    /// ## Formal statement
    /// For every region `r` with mandaatgemeente `g`, with the Boolean facts `mandates.<m>` (a
    /// `mandates` relation leads from municipality `m` of `r` to `g`) for every municipality
    /// `m ≠ g` of `r`: `⋁_m ¬mandates.<m>` is unsatisfiable. *Unsat* means every municipality
    /// of `r` has given `g` its mandate. A `represents` relation does not count: the texts
    /// speak of representation ("onderlinge vertegenwoordiging in de mandaatstructuur"), and
    /// the rule reads it, with DOMAIN's *mandaat* (art. 10:1 Awb), as the power to decide in
    /// another's name, which representing alone does not give.
    ///
    /// ## Counterexample
    /// The municipalities that gave the mandaatgemeente no mandate, and the steps in which the
    /// mandaatgemeente votes for them all the same.
    pub static MANDATE_STRUCTURE = {
        id: "mandate-structure",
        family: Family::Mandate,
        title: "each region's mandaatgemeente acts under mandate from every municipality of the region",
        title_nl: "de mandaatgemeente van elke regio handelt met mandaat van elke gemeente in de regio",
        explanation_nl: r#"
## Wat de regel toetst
De mandaatstructuur van elke regio vertegenwoordigt haar gemeenten: in elke regio met een
`mandate_municipality` (de mandaatgemeente) geeft elke andere gemeente van de regio haar
mandaat (een relatie `mandates` van de gemeente naar de mandaatgemeente). Waar een stap van een
besluit over plannen `region:mandate-municipality` laat stemmen, handelt de mandaatgemeente dan
alleen met mandaat van de gemeenten voor wie zij spreekt; het tegenvoorbeeld noemt die
stappen.

## Juridische grondslag
VNG, Bijlage 1 bij resolutie IZA, "Uitwerking gelijkwaardigheid" (ALV 29 november 2024), onder
"NB": "In het nieuwe akkoord blijft – bij deelname van gemeenten – de regionale samenwerking
tussen gemeenten en onderlinge vertegenwoordiging in de mandaatstructuur bestaan". IZA 2022,
p. 45: "Ook gemeenten zijn hierin vertegenwoordigd en hebben onderling een duidelijke
mandaatstructuur afgesproken." Mandaat is de bevoegdheid om in naam van een ander te besluiten
(art. 10:1 Awb): zonder mandaat spreekt de mandaatgemeente niet namens een gemeente.

## Formele uitspraak
Voor elke regio `r` met mandaatgemeente `g`, met de Booleaanse feiten `mandates.<m>` (een
relatie `mandates` loopt van gemeente `m` van `r` naar `g`) voor elke gemeente `m ≠ g` van
`r`: `⋁_m ¬mandates.<m>` is onvervulbaar. *Unsat* betekent: elke gemeente van `r` heeft `g`
haar mandaat gegeven. Een relatie `represents` telt niet: de teksten spreken van
vertegenwoordiging ("onderlinge vertegenwoordiging in de mandaatstructuur"), en de regel leest
die, met *mandaat* (art. 10:1 Awb), als de bevoegdheid om in naam van een ander te besluiten,
die vertegenwoordigen alleen niet geeft.

## Tegenvoorbeeld
De gemeenten die de mandaatgemeente geen mandaat gaven, en de stappen waarin de mandaatgemeente
toch voor hen stemt.
"#,
        example_holds: "mandate-structure/holds.toml",
        example_violated: "mandate-structure/no-mandate.toml",
        obligations: obligations,
        counterexample: counterexample,
    };
}

/// The `mandates` relations from `municipality` to `to`, by index.
fn mandates(model: &Model, municipality: PartyId, to: PartyId) -> Vec<usize> {
    (0..model.relations.len())
        .filter(|&i| {
            let r = &model.relations[i];
            r.kind == RelationKind::Mandates
                && r.from == Element::Party(municipality)
                && r.to == Element::Party(to)
        })
        .collect()
}

fn uses_mandate_municipality(rule: &Rule) -> bool {
    let role = |voters: &[Voter]| voters.contains(&Voter::Role(RegionRole::MandateMunicipality));
    match rule {
        Rule::AllOf(voters) | Rule::AtLeast { of: voters, .. } => role(voters),
        Rule::Veto { holders, rule } => role(holders) || uses_mandate_municipality(rule),
        Rule::AllRules(rules) | Rule::AnyRule(rules) => rules.iter().any(uses_mandate_municipality),
        Rule::Weighted { .. } | Rule::MajorityOfPresent { .. } => false,
    }
}

/// The steps, as (decision, step), in which the mandaatgemeente of region `r` votes: the
/// steps of the plan decisions that review a plan of `r` whose rule names
/// `region:mandate-municipality`.
fn voting_steps(model: &Model, r: usize) -> Vec<(usize, usize)> {
    let mut steps = Vec::new();
    for (d, decision) in model.decisions.iter().enumerate() {
        let reviews_here = decision.about == About::Plans
            && model
                .plans
                .iter()
                .any(|p| p.region == Some(r) && decision.reviews_stream(p.funded_by));
        if !reviews_here {
            continue;
        }
        for (s, step) in decision.steps.iter().enumerate() {
            if uses_mandate_municipality(&step.rule) {
                steps.push((d, s));
            }
        }
    }
    steps
}

fn region_clause(input: &Input<'_>, region: &Region) -> Clause {
    let id = &region.id;
    clause(
        input.model,
        say!(input.lang, "region `{id}`", "regio `{id}`"),
        &region.cited,
    )
}

fn obligations(input: &Input<'_>) -> Vec<Obligation> {
    let model = input.model;
    let mut obligations = Vec::new();
    for (r, region) in model.regions.iter().enumerate() {
        let Some(g) = region.mandate_municipality else {
            continue;
        };
        let g_id = &model.parties[g].id;
        let mut ob = Obligation::new(
            MANDATE_STRUCTURE.id,
            Some(&region.id),
            say!(input.lang, "mandate to `{g_id}`", "mandaat aan `{g_id}`"),
            format!(
                "every municipality of region `{}` gives `{g_id}` its mandate",
                region.id
            ),
        );
        ob.focus.region = Some(r);
        ob.focus.party = Some(g);
        let mut failures = Vec::new();
        for &m in region.municipalities.iter().filter(|&&m| m != g) {
            let id = &model.parties[m].id;
            let relations = mandates(model, m, g);
            let cited = relations
                .iter()
                .map(|&i| {
                    clause(
                        model,
                        say!(
                            input.lang,
                            "`{id}` mandates `{g_id}`",
                            "`{id}` geeft `{g_id}` mandaat"
                        ),
                        &model.relations[i].cited,
                    )
                })
                .collect();
            let fact = ob.fact(
                &format!("mandates.{id}"),
                !relations.is_empty(),
                format!("`{id}` mandates `{g_id}`: {}", !relations.is_empty()),
                cited,
            );
            failures.push(fact.not());
        }
        ob.assert(
            format!(
                "some municipality of `{}` gives `{g_id}` no mandate",
                region.id
            ),
            Formula::Or(failures),
        );
        obligations.push(ob);
    }
    obligations
}

fn counterexample(input: &Input<'_>, ob: &Obligation, values: &[bool]) -> Counterexample {
    let model = input.model;
    let lang = input.lang;
    let r = ob.focus.region.unwrap_or_default();
    let region = &model.regions[r];
    let g = ob.focus.party.unwrap_or_default();
    let (g_id, region_id) = (&model.parties[g].id, &region.id);
    let steps = voting_steps(model, r);
    let step_labels: Vec<String> = steps
        .iter()
        .map(|&(d, s)| model.decisions[d].steps[s].label(&model.decisions[d], lang))
        .collect();
    let mut findings = Vec::new();
    for &m in region.municipalities.iter().filter(|&&m| m != g) {
        let id = &model.parties[m].id;
        if ob.value(values, &format!("mandates.{id}")) {
            continue;
        }
        let text = if step_labels.is_empty() {
            say!(
                lang,
                "`{id}` gives the mandaatgemeente `{g_id}` of region `{region_id}` no mandate",
                "`{id}` geeft de mandaatgemeente `{g_id}` van regio `{region_id}` geen mandaat"
            )
        } else {
            let joined = step_labels.join(", ");
            say!(
                lang,
                "`{id}` gives the mandaatgemeente `{g_id}` of region `{region_id}` no mandate, yet `{g_id}` votes for the region's municipalities in {joined}",
                "`{id}` geeft de mandaatgemeente `{g_id}` van regio `{region_id}` geen mandaat, en toch stemt `{g_id}` voor de gemeenten van de regio in {joined}"
            )
        };
        findings.push(Finding {
            problem: "no-mandate",
            about: id.clone(),
            text,
        });
    }
    let mut clauses = vec![region_clause(input, region)];
    for &(d, s) in &steps {
        let decision = &model.decisions[d];
        let step = &decision.steps[s];
        clauses.push(clause(model, step.label(decision, lang), &step.cited));
    }
    super::words::facts_counterexample(findings, clauses)
}
