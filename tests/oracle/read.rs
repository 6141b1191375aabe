//! A model file read into a [`World`] by the oracle itself, from the TOML (parsed by
//! `toml-span`, the parser toets uses too, but none of toets's loading or validation): the
//! reference models in models/, so that their verdicts can be derived apart from toets. It
//! reads what the rules read and passes over citations, documents and readings; it trusts the
//! file to be a valid model (toets checks that), and says so where it is not.

use super::world::*;
use toml_span::value::{Table, Value};

/// A keyword of the language, kept for the life of the test: the world names them as
/// `&'static str`, as the generator writes them.
fn word(text: &str) -> &'static str {
    Box::leak(text.to_string().into_boxed_str())
}

fn get<'a, 'de>(table: &'a Table<'de>, key: &str) -> Option<&'a Value<'de>> {
    table.iter().find(|(k, _)| k.name == key).map(|(_, v)| v)
}

fn text(table: &Table<'_>, key: &str) -> Option<String> {
    get(table, key).and_then(|v| v.as_str()).map(str::to_string)
}

fn number(table: &Table<'_>, key: &str) -> Option<i64> {
    get(table, key).and_then(Value::as_integer)
}

fn texts(table: &Table<'_>, key: &str) -> Vec<String> {
    get(table, key)
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// The tables of an array of tables (`[[party]]`).
fn tables<'a, 'de>(table: &'a Table<'de>, key: &str) -> Vec<&'a Table<'de>> {
    get(table, key)
        .and_then(|v| v.as_array())
        .map(|a| a.iter().filter_map(|v| v.as_table()).collect())
        .unwrap_or_default()
}

fn day(date: &str) -> i64 {
    let parts: Vec<i64> = date
        .split('-')
        .map(|p| p.parse().expect("a date"))
        .collect();
    day_number(parts[0], parts[1], parts[2])
}

struct Reader<'w> {
    w: &'w mut World,
}

impl Reader<'_> {
    fn party(&self, id: &str) -> usize {
        self.w
            .party(id)
            .unwrap_or_else(|| panic!("no party `{id}`"))
    }

    fn parties(&self, ids: &[String]) -> Vec<usize> {
        ids.iter().map(|id| self.party(id)).collect()
    }

    fn body(&self, id: &str) -> usize {
        self.w
            .bodies
            .iter()
            .position(|b| b.id == id)
            .unwrap_or_else(|| panic!("no body `{id}`"))
    }

    fn element(&self, id: &str) -> Element {
        let w = &*self.w;
        let find = |ids: Vec<&String>| ids.iter().position(|i| *i == id);
        None.or_else(|| w.party(id).map(Element::Party))
            .or_else(|| find(w.bodies.iter().map(|b| &b.id).collect()).map(Element::Body))
            .or_else(|| find(w.agreements.iter().map(|a| &a.id).collect()).map(Element::Agreement))
            .or_else(|| find(w.regions.iter().map(|r| &r.id).collect()).map(Element::Region))
            .or_else(|| find(w.plans.iter().map(|p| &p.id).collect()).map(Element::Plan))
            .unwrap_or_else(|| panic!("no element `{id}`"))
    }

    fn voters(&self, ids: &[String]) -> Vec<Voter> {
        ids.iter()
            .map(|id| match Role::ALL.iter().find(|r| r.word() == id) {
                Some(&role) => Voter::Role(role),
                None => match self.w.party(id) {
                    Some(p) => Voter::Party(p),
                    None => Voter::Body(self.body(id)),
                },
            })
            .collect()
    }

    fn rule(&self, value: &Value<'_>) -> Rule {
        let t = value.as_table().expect("a rule is an inline table");
        let rules = |key: &str| {
            get(t, key)
                .and_then(|v| v.as_array())
                .map(|a| a.iter().map(|r| self.rule(r)).collect())
                .unwrap_or_default()
        };
        let body = |key: &str| self.body(&text(t, key).unwrap_or_default());
        if get(t, "all_of").is_some() {
            Rule::AllOf(self.voters(&texts(t, "all_of")))
        } else if let Some(k) = number(t, "at_least") {
            Rule::AtLeast(k as u32, self.voters(&texts(t, "of")))
        } else if get(t, "unanimous").is_some() {
            Rule::Unanimous(body("unanimous"))
        } else if let Some(threshold) = number(t, "threshold") {
            Rule::Weighted(body("weighted"), threshold as u64)
        } else if let Some(quorum) = number(t, "quorum") {
            Rule::MajorityOfPresent(body("majority_of_present"), quorum as u64)
        } else if get(t, "veto").is_some() {
            let inner = self.rule(get(t, "rule").expect("a veto's rule"));
            Rule::Veto(self.voters(&texts(t, "veto")), Box::new(inner))
        } else if get(t, "all_rules").is_some() {
            Rule::All(rules("all_rules"))
        } else {
            Rule::Any(rules("any_rule"))
        }
    }
}

fn money(t: &Table<'_>, party: usize, amount: &str) -> Money {
    Money {
        id: text(t, "id").unwrap_or_default(),
        party,
        amount: number(t, amount).unwrap_or_default(),
        up_to: number(t, "up_to"),
        from: number(t, "from").unwrap_or_default() as i32,
        until: number(t, "until").map(|y| y as i32),
    }
}

/// The world a model file describes.
pub fn read(source: &str) -> World {
    let root = toml_span::parse(source).expect("a model file is TOML");
    let root = root.as_table().expect("a table");
    let mut w = World::default();
    for t in tables(root, "party") {
        let side =
            text(t, "side").map(|s| *Side::ALL.iter().find(|x| x.word() == s).expect("a side"));
        w.parties.push(Party {
            id: text(t, "id").unwrap_or_default(),
            kind: word(&text(t, "kind").unwrap_or_default()),
            side,
        });
    }
    let header = get(root, "model")
        .and_then(|v| v.as_table())
        .expect("[model]");
    let mut r = Reader { w: &mut w };
    r.w.commissioners = r.parties(&texts(header, "commissioners"));
    let years: Vec<i64> = get(header, "years")
        .and_then(|v| v.as_array())
        .map(|a| a.iter().filter_map(Value::as_integer).collect())
        .unwrap_or_default();
    r.w.years = (years.len() == 2).then(|| (years[0] as i32, years[1] as i32));
    for t in tables(root, "body") {
        let members = get(t, "members")
            .and_then(|v| v.as_array())
            .map(|a| a.iter().collect::<Vec<_>>())
            .unwrap_or_default();
        let members = members
            .into_iter()
            .map(|m| match m.as_table() {
                Some(m) => (
                    r.party(&text(m, "party").unwrap_or_default()),
                    number(m, "votes").unwrap_or(1) as u64,
                ),
                None => (r.party(m.as_str().unwrap_or_default()), 1),
            })
            .collect();
        let chair = text(t, "chair").map(|c| r.party(&c));
        r.w.bodies.push(Body {
            id: text(t, "id").unwrap_or_default(),
            kind: word(&text(t, "kind").unwrap_or_default()),
            members,
            chair,
        });
    }
    for t in tables(root, "agreement") {
        let commissioners = tables(t, "commissioner")
            .into_iter()
            .map(|k| {
                let party = r.party(&text(k, "party").unwrap_or_default());
                (party, text(k, "role").unwrap_or_default())
            })
            .collect();
        r.w.agreements.push(Agreement {
            id: text(t, "id").unwrap_or_default(),
            udo: text(t, "method").as_deref() == Some("udo"),
            commissioners,
        });
    }
    read_plans(&mut r, root);
    read_decisions(&mut r, root);
    read_relations(&mut r, root);
    for t in tables(root, "task") {
        let party = r.party(&text(t, "of").unwrap_or_default());
        r.w.tasks.push(money(t, party, "cost"));
    }
    for t in tables(root, "cut") {
        let party = r.party(&text(t, "on").unwrap_or_default());
        r.w.cuts.push(money(t, party, "amount"));
    }
    let steps = tables(root, "process");
    let ids: Vec<String> = steps
        .iter()
        .map(|t| text(t, "id").unwrap_or_default())
        .collect();
    for t in steps {
        let after = texts(t, "after")
            .iter()
            .map(|a| ids.iter().position(|i| i == a).expect("a step"))
            .collect();
        r.w.process.push(ProcessStep {
            id: text(t, "id").unwrap_or_default(),
            kind: word(&text(t, "kind").unwrap_or_default()),
            by: text(t, "by").map(|p| r.party(&p)),
            after,
            earliest: text(t, "earliest").map(|d| day(&d)),
            deadline: text(t, "deadline").map(|d| day(&d)),
            days: number(t, "days").unwrap_or(0),
        });
    }
    w
}

fn read_plans(r: &mut Reader<'_>, root: &Table<'_>) {
    for t in tables(root, "region") {
        let region = Region {
            id: text(t, "id").unwrap_or_default(),
            market_leaders: r.parties(&texts(t, "market_leaders")),
            insurers: r.parties(&texts(t, "insurers")),
            municipalities: r.parties(&texts(t, "municipalities")),
            mandate: text(t, "mandate_municipality").map(|g| r.party(&g)),
            review_body: text(t, "review_body").map(|b| r.body(&b)),
        };
        r.w.regions.push(region);
    }
    for t in tables(root, "plan") {
        let region = text(t, "region").map(|id| {
            r.w.regions
                .iter()
                .position(|g| g.id == id)
                .expect("a region")
        });
        r.w.plans.push(Plan {
            id: text(t, "id").unwrap_or_default(),
            region,
            funded_by: word(&text(t, "funded_by").unwrap_or_default()),
        });
    }
}

fn read_decisions(r: &mut Reader<'_>, root: &Table<'_>) {
    for t in tables(root, "decision") {
        let agreement = match text(t, "subject") {
            Some(id) => {
                r.w.agreements
                    .iter()
                    .position(|a| a.id == id)
                    .expect("an agreement")
            }
            None => 0,
        };
        let about = match text(t, "about").as_deref() {
            Some("agreement") => About::Agreement(agreement),
            Some("process") => About::Process(agreement),
            _ => About::Plans,
        };
        let single = get(t, "rule").is_some();
        let steps = match get(t, "rule") {
            Some(rule) => vec![r.rule(rule)],
            None => tables(t, "step")
                .into_iter()
                .map(|s| r.rule(get(s, "rule").expect("a step's rule")))
                .collect(),
        };
        let funded_by =
            get(t, "funded_by").map(|_| texts(t, "funded_by").iter().map(|s| word(s)).collect());
        r.w.decisions.push(Decision {
            id: text(t, "id").unwrap_or_default(),
            about,
            kind: word(&text(t, "kind").unwrap_or_default()),
            funded_by,
            binding: get(t, "binding").and_then(Value::as_bool),
            taken_by: text(t, "taken_by").map(|b| r.body(&b)),
            steps,
            single,
        });
    }
}

fn read_relations(r: &mut Reader<'_>, root: &Table<'_>) {
    for t in tables(root, "relation") {
        let kind = word(&text(t, "kind").unwrap_or_default());
        let funding = (kind == "funds").then(|| Funding {
            amount: number(t, "amount").unwrap_or_default(),
            year: number(t, "year").unwrap_or_default() as i32,
            until: number(t, "until").map(|y| y as i32),
            structural: text(t, "nature").as_deref() == Some("structural"),
            stream: word(&text(t, "stream").unwrap_or_default()),
        });
        let relation = Relation {
            kind,
            from: r.element(&text(t, "from").unwrap_or_default()),
            to: r.element(&text(t, "to").unwrap_or_default()),
            lead: get(t, "lead").and_then(Value::as_bool).unwrap_or(false),
            funding,
        };
        r.w.relations.push(relation);
    }
    for t in tables(root, "right") {
        let over = text(t, "over").unwrap_or_default();
        let over = match r.w.agreements.iter().position(|a| a.id == over) {
            Some(a) => Over::Agreement(a),
            None => Over::Decision(
                r.w.decisions
                    .iter()
                    .position(|d| d.id == over)
                    .expect("an agreement or a decision"),
            ),
        };
        let right = Right {
            holder: r.party(&text(t, "holder").unwrap_or_default()),
            kind: word(&text(t, "right").unwrap_or_default()),
            over,
            system_responsibility: get(t, "system_responsibility")
                .and_then(Value::as_bool)
                .unwrap_or(false),
        };
        r.w.rights.push(right);
    }
}
