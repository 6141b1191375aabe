//! Regions and plans: a region's lists of insurers and municipalities hold parties of the
//! right side, its mandate municipality is a party and its review body a body; a plan's region
//! is a region.

use super::documents::named;
use super::resolver::{Resolver, name_or_id};
use crate::language::diagnostic::{Diagnostic, Said, said};
use crate::language::elements::{Kind, PLAN, REGION};
use crate::language::load::{Document, RegionDecl, Text};
use crate::language::source::Span;
use crate::model::{Party, PartyId, Plan, Region, RegionRole, Side};

/// The regions, their parties and review body resolved.
pub(super) fn regions(r: &mut Resolver<'_>, document: &Document, parties: &[Party]) -> Vec<Region> {
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
            check_side(r, parties, texts, ids, side);
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
            cited: r.cite(&d.cited, d.span, named(&REGION, &d.id.value)),
            listed: listed(r, d),
        });
    }
    regions
}

/// The parties `ids` that a list of a region names (`texts`) are all of `side`.
fn check_side(
    r: &mut Resolver<'_>,
    parties: &[Party],
    texts: &[Text],
    ids: &[PartyId],
    side: Side,
) {
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
                .note(
                    parties[party].cited.span,
                    said!(
                        "the party is declared here",
                        "de partij is hier gedeclareerd"
                    ),
                ),
            );
        }
    }
}

/// Each party a region names, with the role it is named in and where.
fn listed(r: &Resolver<'_>, d: &RegionDecl) -> Vec<(RegionRole, PartyId, Span)> {
    [
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
    .collect()
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

/// The plans, their regions resolved.
pub(super) fn plans(r: &mut Resolver<'_>, document: &Document) -> Vec<Plan> {
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
            cited: r.cite(&d.cited, d.span, named(&PLAN, &d.id.value)),
        });
    }
    plans
}
