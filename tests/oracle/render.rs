//! A [`World`] written as a model file in the model language (docs/model-language.md), every
//! element citing a source.

use super::world::{About, Money, Over, Rule, Voter, World, date_of};
use std::fmt::Write as _;

fn quoted(ids: &[&str]) -> String {
    let list: Vec<String> = ids.iter().map(|id| format!("\"{id}\"")).collect();
    format!("[{}]", list.join(", "))
}

fn voters(w: &World, vs: &[Voter]) -> String {
    let ids: Vec<&str> = vs
        .iter()
        .map(|v| match *v {
            Voter::Party(p) => w.parties[p].id.as_str(),
            Voter::Body(b) => w.bodies[b].id.as_str(),
            Voter::Role(role) => role.word(),
        })
        .collect();
    quoted(&ids)
}

/// A rule as an inline table.
pub fn rule(w: &World, rule: &Rule) -> String {
    let rules = |rs: &[Rule]| {
        let list: Vec<String> = rs.iter().map(|r| self::rule(w, r)).collect();
        format!("[{}]", list.join(", "))
    };
    match rule {
        Rule::AllOf(vs) => format!("{{ all_of = {} }}", voters(w, vs)),
        Rule::AtLeast(k, vs) => format!("{{ at_least = {k}, of = {} }}", voters(w, vs)),
        Rule::Unanimous(b) => format!("{{ unanimous = \"{}\" }}", w.bodies[*b].id),
        Rule::Weighted(b, t) => {
            format!("{{ weighted = \"{}\", threshold = {t} }}", w.bodies[*b].id)
        }
        Rule::MajorityOfPresent(b, q) => format!(
            "{{ majority_of_present = \"{}\", quorum = {q} }}",
            w.bodies[*b].id
        ),
        Rule::Veto(holders, inner) => format!(
            "{{ veto = {}, rule = {} }}",
            voters(w, holders),
            self::rule(w, inner)
        ),
        Rule::All(rs) => format!("{{ all_rules = {} }}", rules(rs)),
        Rule::Any(rs) => format!("{{ any_rule = {} }}", rules(rs)),
    }
}

/// The model file of `w`.
pub fn render(w: &World) -> String {
    let mut t = String::new();
    let ids = |ps: &[usize]| {
        let list: Vec<&str> = ps.iter().map(|&p| w.parties[p].id.as_str()).collect();
        quoted(&list)
    };
    let _ = writeln!(
        t,
        "[model]\ntitle = \"an oracle's world\"\nsource = \"oracle\"\ncommissioners = {}",
        ids(&w.commissioners)
    );
    if let Some((first, last)) = w.years {
        let _ = writeln!(t, "years = [{first}, {last}]");
    }
    for p in &w.parties {
        let _ = writeln!(t, "\n[[party]]\nid = \"{}\"\nkind = \"{}\"", p.id, p.kind);
        if let Some(side) = p.side {
            let _ = writeln!(t, "side = \"{}\"", side.word());
        }
        let _ = writeln!(t, "source = \"oracle: party\"");
    }
    for b in &w.bodies {
        let members: Vec<String> = b
            .members
            .iter()
            .map(|&(p, votes)| match votes {
                1 => format!("\"{}\"", w.parties[p].id),
                _ => format!("{{ party = \"{}\", votes = {votes} }}", w.parties[p].id),
            })
            .collect();
        let _ = writeln!(
            t,
            "\n[[body]]\nid = \"{}\"\nkind = \"{}\"\nmembers = [{}]",
            b.id,
            b.kind,
            members.join(", ")
        );
        if let Some(chair) = b.chair {
            let _ = writeln!(t, "chair = \"{}\"", w.parties[chair].id);
        }
        let _ = writeln!(t, "source = \"oracle: body\"");
    }
    for a in &w.agreements {
        let _ = writeln!(t, "\n[[agreement]]\nid = \"{}\"", a.id);
        if a.udo {
            let _ = writeln!(t, "method = \"udo\"\nmethod_source = \"oracle: method\"");
        }
        let _ = writeln!(t, "source = \"oracle: agreement\"");
        for (p, role) in &a.commissioners {
            let _ = writeln!(
                t,
                "\n[[agreement.commissioner]]\nparty = \"{}\"\nrole = \"{role}\"\nsource = \"oracle: commissioner\"",
                w.parties[*p].id
            );
        }
    }
    relations(w, &mut t);
    for r in &w.rights {
        let over = match r.over {
            Over::Agreement(a) => &w.agreements[a].id,
            Over::Decision(d) => &w.decisions[d].id,
        };
        let _ = writeln!(
            t,
            "\n[[right]]\nholder = \"{}\"\nright = \"{}\"\nover = \"{over}\"",
            w.parties[r.holder].id, r.kind
        );
        if r.system_responsibility {
            let _ = writeln!(t, "system_responsibility = true");
        }
        let _ = writeln!(t, "source = \"oracle: right\"");
    }
    regions(w, &mut t);
    decisions(w, &mut t);
    money(w, &mut t);
    process(w, &mut t);
    t
}

fn relations(w: &World, t: &mut String) {
    for r in &w.relations {
        let (from, to) = (w.element_id(r.from), w.element_id(r.to));
        let _ = writeln!(
            t,
            "\n[[relation]]\nkind = \"{}\"\nfrom = \"{from}\"\nto = \"{to}\"",
            r.kind
        );
        if r.lead {
            let _ = writeln!(t, "lead = true");
        }
        if let Some(f) = &r.funding {
            let nature = if f.structural {
                "structural"
            } else {
                "one-off"
            };
            let _ = writeln!(
                t,
                "amount = {}\nyear = {}\nnature = \"{nature}\"\nstream = \"{}\"",
                f.amount, f.year, f.stream
            );
            if let Some(until) = f.until {
                let _ = writeln!(t, "until = {until}");
            }
        }
        let _ = writeln!(t, "source = \"oracle: relation\"");
    }
}

fn regions(w: &World, t: &mut String) {
    let ids = |ps: &[usize]| {
        let list: Vec<&str> = ps.iter().map(|&p| w.parties[p].id.as_str()).collect();
        quoted(&list)
    };
    for r in &w.regions {
        let _ = writeln!(t, "\n[[region]]\nid = \"{}\"", r.id);
        for (field, list) in [
            ("market_leaders", &r.market_leaders),
            ("insurers", &r.insurers),
            ("municipalities", &r.municipalities),
        ] {
            if !list.is_empty() {
                let _ = writeln!(t, "{field} = {}", ids(list));
            }
        }
        if let Some(g) = r.mandate {
            let _ = writeln!(t, "mandate_municipality = \"{}\"", w.parties[g].id);
        }
        if let Some(b) = r.review_body {
            let _ = writeln!(t, "review_body = \"{}\"", w.bodies[b].id);
        }
        let _ = writeln!(t, "source = \"oracle: region\"");
    }
    for p in &w.plans {
        let _ = writeln!(t, "\n[[plan]]\nid = \"{}\"", p.id);
        if let Some(r) = p.region {
            let _ = writeln!(t, "region = \"{}\"", w.regions[r].id);
        }
        let _ = writeln!(
            t,
            "funded_by = \"{}\"\nsource = \"oracle: plan\"",
            p.funded_by
        );
    }
}

fn decisions(w: &World, t: &mut String) {
    for d in &w.decisions {
        let about = match d.about {
            About::Agreement(_) => "agreement",
            About::Process(_) => "process",
            About::Plans => "plan",
        };
        let _ = writeln!(
            t,
            "\n[[decision]]\nid = \"{}\"\nabout = \"{about}\"\nkind = \"{}\"",
            d.id, d.kind
        );
        if let (About::Agreement(a) | About::Process(a), true) = (d.about, w.agreements.len() > 1) {
            let _ = writeln!(t, "subject = \"{}\"", w.agreements[a].id);
        }
        if let Some(streams) = &d.funded_by {
            let _ = writeln!(t, "funded_by = {}", quoted(streams));
        }
        if let Some(binding) = d.binding {
            let _ = writeln!(t, "binding = {binding}");
        }
        if let Some(b) = d.taken_by {
            let _ = writeln!(t, "taken_by = \"{}\"", w.bodies[b].id);
        }
        if d.single {
            let _ = writeln!(t, "rule = {}", rule(w, &d.steps[0]));
        }
        let _ = writeln!(t, "source = \"oracle: decision\"");
        if !d.single {
            for (s, r) in d.steps.iter().enumerate() {
                let _ = writeln!(
                    t,
                    "\n[[decision.step]]\nname = \"step {}\"\nrule = {}\nsource = \"oracle: step\"",
                    s + 1,
                    rule(w, r)
                );
            }
        }
    }
}

fn money(w: &World, t: &mut String) {
    let years = |t: &mut String, m: &Money| {
        let _ = writeln!(t, "from = {}", m.from);
        if let Some(until) = m.until {
            let _ = writeln!(t, "until = {until}");
        }
    };
    for m in &w.tasks {
        let _ = writeln!(
            t,
            "\n[[task]]\nid = \"{}\"\nof = \"{}\"\ncost = {}",
            m.id, w.parties[m.party].id, m.amount
        );
        years(t, m);
        let _ = writeln!(t, "source = \"oracle: task\"");
    }
    for m in &w.cuts {
        let _ = writeln!(
            t,
            "\n[[cut]]\nid = \"{}\"\non = \"{}\"\namount = {}",
            m.id, w.parties[m.party].id, m.amount
        );
        if let Some(top) = m.up_to {
            let _ = writeln!(t, "up_to = {top}");
        }
        years(t, m);
        let _ = writeln!(t, "source = \"oracle: cut\"");
    }
}

fn process(w: &World, t: &mut String) {
    for s in &w.process {
        let _ = writeln!(t, "\n[[process]]\nid = \"{}\"\nkind = \"{}\"", s.id, s.kind);
        if let Some(p) = s.by {
            let _ = writeln!(t, "by = \"{}\"", w.parties[p].id);
        }
        if !s.after.is_empty() {
            let after: Vec<&str> = s.after.iter().map(|&p| w.process[p].id.as_str()).collect();
            let _ = writeln!(t, "after = {}", quoted(&after));
        }
        if let Some(d) = s.earliest {
            let _ = writeln!(t, "earliest = \"{}\"", date_of(d));
        }
        if let Some(d) = s.deadline {
            let _ = writeln!(t, "deadline = \"{}\"", date_of(d));
        }
        if s.days != 0 {
            let _ = writeln!(t, "days = {}", s.days);
        }
        let _ = writeln!(t, "source = \"oracle: process step\"");
    }
}
