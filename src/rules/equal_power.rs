//! The rule `equal-power`.

use super::rule::{Family, Input, rule};
use super::words::{consent_verb, list};
use crate::lang::say;
use crate::logic::encode::{self};
use crate::logic::formula::{Formula, Obligation};
use crate::logic::power::Game;
use crate::model::{Decision, PartyId};
use crate::verdict::{Counterexample, Detail, PowerOf};
use num_bigint::BigUint;
use num_integer::Integer as _;
use num_traits::{One as _, Zero as _};
use std::ops::Not as _;

rule! {
    /// ## What it checks
    /// "Gelijkwaardig" measured, not only drawn: in every decision over the agreement, the
    /// commissioners have equal voting power. Two commissioners have equal power when they
    /// are interchangeable: whoever else consents, the decision passes with the one exactly
    /// when it passes with the other. Then their Banzhaf indices (the coalitions of the others
    /// in which a party's vote turns the outcome) and their Shapley–Shubik indices (the orders
    /// of voting in which it casts the deciding vote) are equal; the report gives both, as
    /// exact integers and fractions, counted over the decision's voters. Every voter takes
    /// part: a quorum is met when all members' votes meet it. Two commissioners who are not
    /// interchangeable fail the rule even where their indices happen to be equal (possible
    /// only when a decision is more than one weighted vote): each then turns coalitions the
    /// other does not.
    ///
    /// ## Legal basis
    /// VNG, annex 1 to the IZA resolution, "Uitwerking gelijkwaardigheid" (general members' meeting
    /// of 29 November 2024): "VWS, ZN en VNG zijn gezamenlijk en gelijkwaardig opdrachtgever van
    /// het akkoord". (VWS, ZN and VNG are jointly and equally the commissioners of the agreement.)
    /// A news report of the trade press, "VNG stapt uit het Integraal Zorgakkoord" (November 2024),
    /// gives the municipalities' complaint: "als gevolg van een ongelijkwaardige bestuurlijke en
    /// financiële sturingskracht onvoldoende in de positie [...] om de beweging van zorg naar
    /// gezondheid te kunnen beïnvloeden" (as a result of unequal administrative and financial
    /// steering power, not in a position to influence the move from care to health). A seat at the
    /// table whose vote turns the outcome in fewer coalitions of a decision than another's is not
    /// an equal one.
    ///
    /// ## Formal statement
    /// For every decision `d` with `about = "agreement"` or `"process"` and every two
    /// commissioners `a ≠ b`, over one Boolean consent per other voter (the coalition `S`):
    /// `pass_d(S ∪ {a}) ∧ ¬pass_d(S ∪ {b})` is unsatisfiable, where `pass_d` is the
    /// conjunction of `d`'s steps. *Unsat* means `b` can take `a`'s place in every coalition,
    /// so `a` has no more power than `b`; with both orders unsat, their Banzhaf and
    /// Shapley–Shubik indices are equal. Where the indices differ, the stronger party's
    /// obligation is satisfiable (`η_a − η_b` is twice the number of such coalitions minus
    /// those of the other order), so a difference in power is always found. The indices
    /// themselves are counted exactly by dynamic programming over the weights of the rules,
    /// never by listing coalitions.
    ///
    /// ## Counterexample
    /// A coalition of the other voters (as small as the solver finds) that passes the decision
    /// with the stronger commissioner and not with the weaker in its place, and both indices of
    /// every commissioner: swing counts and Shapley–Shubik fractions.
    pub static EQUAL_POWER = {
        id: "equal-power",
        family: Family::EqualCommissioning,
        title: "in every decision over the agreement the commissioners have equal voting power",
        title_nl: "in elk besluit over het akkoord hebben de opdrachtgevers gelijke stemmacht",
        explanation_nl: r#"
## Wat de regel toetst
"Gelijkwaardig" gemeten, niet alleen getekend: in elk besluit over het akkoord hebben de
opdrachtgevers gelijke stemmacht. Twee opdrachtgevers hebben gelijke macht als zij
uitwisselbaar zijn: wie er verder ook instemt, het besluit passeert met de een precies dan
als het met de ander passeert. Dan zijn hun Banzhaf-indices (de coalities van de anderen
waarin de stem van een partij de uitkomst omdraait) en hun Shapley–Shubik-indices (de
volgordes van stemmen waarin zij de beslissende stem uitbrengt) gelijk; het rapport geeft
beide, als exacte gehele getallen en breuken, geteld over de stemgerechtigden van het
besluit. Iedere stemgerechtigde doet mee: een quorum is gehaald als de stemmen van alle
leden het halen. Twee opdrachtgevers die niet uitwisselbaar zijn, schenden de regel ook waar
hun indices toevallig gelijk zijn (alleen mogelijk als een besluit meer is dan één gewogen
stemming): elk draait dan coalities om die de ander niet omdraait.

## Juridische grondslag
VNG, Bijlage 1 bij resolutie IZA, "Uitwerking gelijkwaardigheid" (ALV 29 november 2024): "VWS,
ZN en VNG zijn gezamenlijk en gelijkwaardig opdrachtgever van het akkoord". Een nieuwsbericht in
de vakpers, "VNG stapt uit het Integraal Zorgakkoord" (november 2024), geeft de klacht van de
gemeenten: "als gevolg van een ongelijkwaardige bestuurlijke en financiële sturingskracht
onvoldoende in de positie [...] om de beweging van zorg naar gezondheid te kunnen beïnvloeden".
Een plaats aan tafel waarvan de stem in minder coalities van een besluit de uitkomst omdraait
dan die van een ander, is geen gelijkwaardige.

## Formele uitspraak
Voor elk besluit `d` met `about = "agreement"` of `"process"` en elke twee opdrachtgevers
`a ≠ b`, over één Booleaanse instemming per andere stemgerechtigde (de coalitie `S`):
`pass_d(S ∪ {a}) ∧ ¬pass_d(S ∪ {b})` is onvervulbaar, waarbij `pass_d` de conjunctie is van
de stappen van `d`. *Unsat* betekent: `b` kan in elke coalitie de plaats van `a` innemen,
dus `a` heeft niet meer macht dan `b`; zijn beide volgordes onvervulbaar, dan zijn hun
Banzhaf- en Shapley–Shubik-indices gelijk. Waar de indices verschillen, is de
bewijsverplichting van de sterkere partij vervulbaar (`η_a − η_b` is tweemaal het aantal
zulke coalities min die van de andere volgorde), dus een verschil in macht wordt altijd
gevonden. De indices zelf worden exact geteld met dynamisch programmeren over de gewichten
van de regels, nooit door coalities op te sommen.

## Tegenvoorbeeld
Een coalitie van de andere stemgerechtigden (zo klein als de solver vindt) die het besluit
laat passeren met de sterkere opdrachtgever en niet met de zwakkere op diens plaats, en
beide indices van elke opdrachtgever: aantallen swings en Shapley–Shubik-breuken.
"#,
        example_holds: "equal-power/unequal-weights-equal-power.toml",
        example_violated: "equal-power/vng-never-decides.toml",
        obligations: obligations,
        counterexample: counterexample,
        measure: measure,
    };
}

fn obligations(input: &Input<'_>) -> Vec<Obligation> {
    let model = input.model;
    let mut obligations = Vec::new();
    for (d, decision) in model.decisions.iter().enumerate() {
        if !decision.is_over_agreement() {
            continue;
        }
        for &a in &model.commissioners {
            for &b in model.commissioners.iter().filter(|&&b| b != a) {
                obligations.push(outweighs(input, d, decision, a, b));
            }
        }
    }
    obligations
}

/// `pass(S ∪ {a}) ∧ ¬pass(S ∪ {b})`: some coalition of the others passes `decision` with `a`
/// and not with `b` in its place.
fn outweighs(
    input: &Input<'_>,
    d: usize,
    decision: &Decision,
    a: PartyId,
    b: PartyId,
) -> Obligation {
    let model = input.model;
    let (a_id, b_id) = (&model.parties[a].id, &model.parties[b].id);
    let mut ob = Obligation::new(
        EQUAL_POWER.id,
        Some(&decision.id),
        say!(
            input.lang,
            "`{a_id}` outweighs `{b_id}`",
            "`{a_id}` weegt zwaarder dan `{b_id}`"
        ),
        format!(
            "in `{}`, `{b_id}` can take the place of `{a_id}` in every coalition",
            decision.id
        ),
    );
    ob.focus.decision = Some(d);
    ob.focus.party = Some(a);
    ob.focus.other = Some(b);
    let yes_a = encode::consents(model, &mut ob.vars, a);
    let yes_b = encode::consents(model, &mut ob.vars, b);
    ob.assert(format!("`{a_id}` consents"), yes_a);
    ob.assert(format!("`{b_id}` does not consent"), yes_b.not());
    super::votes::assert_steps_pass(input, &mut ob, decision, &format!("with `{a_id}`, "));
    let with_b: Vec<Formula> = decision
        .steps
        .iter()
        .map(|s| encode::rule_formula(model, &s.rule, None, &mut ob.vars))
        .collect();
    let swapped = [
        (
            ob.vars
                .lookup(&format!("consents.{a_id}"))
                .expect("made above"),
            false,
        ),
        (
            ob.vars
                .lookup(&format!("consents.{b_id}"))
                .expect("made above"),
            true,
        ),
    ];
    ob.assert(
        format!(
            "with `{b_id}` in the place of `{a_id}`, `{}` does not pass",
            decision.id
        ),
        Formula::And(with_b).fixing(&swapped).not(),
    );
    // Every voter takes part.
    for p in encode::parties_with(model, &ob, "present.") {
        let present = encode::present(model, &mut ob.vars, p);
        ob.assert(format!("`{}` takes part", model.parties[p].id), present);
    }
    ob.arithmetic = true;
    ob.minimize_consents();
    ob
}

fn counterexample(input: &Input<'_>, ob: &Obligation, values: &[bool]) -> Counterexample {
    let model = input.model;
    let lang = input.lang;
    let decision = &model.decisions[ob.focus.decision.unwrap_or_default()];
    let (a, b) = (
        ob.focus.party.unwrap_or_default(),
        ob.focus.other.unwrap_or_default(),
    );
    let votes = encode::votes_of(model, ob, values);
    let game = Game::of_decision(model, decision);
    let coalition: Vec<String> = game
        .voters
        .iter()
        .filter(|&&p| p != a && p != b && votes.consents(p))
        .map(|&p| model.parties[p].id.clone())
        .collect();
    let (id, a_id, b_id) = (&decision.id, &model.parties[a].id, &model.parties[b].id);
    let others = list(&coalition, lang);
    let consent = consent_verb(coalition.len(), lang);
    let summary = if coalition.is_empty() {
        say!(
            lang,
            "In `{id}`, `{a_id}` weighs more than `{b_id}`: `{a_id}` alone passes it, `{b_id}` alone does not.",
            "In `{id}` weegt `{a_id}` zwaarder dan `{b_id}`: met `{a_id}` alleen wordt het besluit genomen, met `{b_id}` alleen niet.",
        )
    } else {
        say!(
            lang,
            "In `{id}`, `{a_id}` weighs more than `{b_id}`: when {others} {consent}, `{a_id}` joining them passes it and `{b_id}` joining them instead does not.",
            "In `{id}` weegt `{a_id}` zwaarder dan `{b_id}`: als {others} {consent}, wordt het besluit met `{a_id}` erbij genomen en met `{b_id}` op diens plaats niet.",
        )
    };
    Counterexample {
        summary,
        detail: Detail::Power {
            decision: id.clone(),
            stronger: a_id.clone(),
            weaker: b_id.clone(),
            coalition,
        },
        clauses: super::votes::step_clauses(model, decision, lang),
    }
}

/// The commissioners' voting power in the decision a verdict is about, exactly; empty when
/// the count would keep too many states.
fn measure(input: &Input<'_>, subject: Option<&str>) -> Vec<PowerOf> {
    let model = input.model;
    let Some(decision) = model
        .decisions
        .iter()
        .find(|d| Some(d.id.as_str()) == subject)
    else {
        return Vec::new();
    };
    let game = Game::of_decision(model, decision);
    let n = game.voters.len();
    let mut out = Vec::new();
    for &c in &model.commissioners {
        let party = model.parties[c].id.clone();
        let Some(i) = game.voters.iter().position(|&v| v == c) else {
            out.push(PowerOf {
                party,
                swings: "0".to_string(),
                banzhaf: "0".to_string(),
                shapley_shubik: "0".to_string(),
            });
            continue;
        };
        let Some(power) = game.power(i) else {
            return Vec::new();
        };
        let coalitions = BigUint::one() << (n - 1);
        out.push(PowerOf {
            party,
            swings: power.swings.to_string(),
            banzhaf: fraction(&power.swings, &coalitions),
            shapley_shubik: fraction(&power.shapley_shubik.0, &power.shapley_shubik.1),
        });
    }
    out
}

/// `p/q` in lowest terms; `0` and whole numbers without a denominator.
fn fraction(p: &BigUint, q: &BigUint) -> String {
    if p.is_zero() {
        return "0".to_string();
    }
    let gcd = p.gcd(q);
    let (p, q) = (p / &gcd, q / &gcd);
    if q.is_one() {
        p.to_string()
    } else {
        format!("{p}/{q}")
    }
}
