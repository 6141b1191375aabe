//! Stage 3: the commissioning relations as a graph.
//!
//! Nodes are the model's parties, bodies, agreements, regions and plans; edges are its
//! relations, each keeping the index of the relation it comes from. Body membership and the
//! agreements' commissioners become `member-of` and `commissions` edges too, so the graph shows
//! the whole structure. Later stages read paths from it and draw it.

use crate::model::{Element, Model, RelationKind};
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use std::collections::{HashMap, VecDeque};

/// Where an edge comes from in the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The relation with this index.
    Relation(usize),
    /// Membership of a body, from its `members`.
    Membership { body: usize, member: usize },
    /// A commissioner of an agreement, from its `[[agreement.commissioner]]`.
    Commissioner {
        agreement: usize,
        commissioner: usize,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edge {
    pub kind: RelationKind,
    pub origin: Origin,
}

/// One step of a subordination chain: `superior` can direct `subordinate`, because of the
/// relation at `relation`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SubordinationStep {
    pub superior: Element,
    pub subordinate: Element,
    pub relation: usize,
}

pub struct GovernanceGraph {
    pub graph: DiGraph<Element, Edge>,
    nodes: HashMap<Element, NodeIndex>,
}

impl GovernanceGraph {
    pub fn build(model: &Model) -> Self {
        let mut graph = DiGraph::new();
        let mut nodes = HashMap::new();
        let mut add = |graph: &mut DiGraph<Element, Edge>, element: Element| {
            nodes.insert(element, graph.add_node(element));
        };
        (0..model.parties.len()).for_each(|i| add(&mut graph, Element::Party(i)));
        (0..model.bodies.len()).for_each(|i| add(&mut graph, Element::Body(i)));
        (0..model.agreements.len()).for_each(|i| add(&mut graph, Element::Agreement(i)));
        (0..model.regions.len()).for_each(|i| add(&mut graph, Element::Region(i)));
        (0..model.plans.len()).for_each(|i| add(&mut graph, Element::Plan(i)));
        for (i, relation) in model.relations.iter().enumerate() {
            graph.add_edge(
                nodes[&relation.from],
                nodes[&relation.to],
                Edge {
                    kind: relation.kind,
                    origin: Origin::Relation(i),
                },
            );
        }
        for (b, body) in model.bodies.iter().enumerate() {
            for (m, member) in body.members.iter().enumerate() {
                graph.add_edge(
                    nodes[&Element::Party(member.party)],
                    nodes[&Element::Body(b)],
                    Edge {
                        kind: RelationKind::MemberOf,
                        origin: Origin::Membership { body: b, member: m },
                    },
                );
            }
        }
        for (a, agreement) in model.agreements.iter().enumerate() {
            for (c, commissioner) in agreement.commissioners.iter().enumerate() {
                graph.add_edge(
                    nodes[&Element::Party(commissioner.party)],
                    nodes[&Element::Agreement(a)],
                    Edge {
                        kind: RelationKind::Commissions,
                        origin: Origin::Commissioner {
                            agreement: a,
                            commissioner: c,
                        },
                    },
                );
            }
        }
        GovernanceGraph { graph, nodes }
    }

    /// The relations that put one element under another, each read from superior to
    /// subordinate: `A instructs B` and `A approves-budget-of B` put B under A, `A
    /// accountable-to B` puts A under B. In model order.
    pub fn subordination_steps(&self, model: &Model) -> Vec<SubordinationStep> {
        let mut steps: Vec<SubordinationStep> = self
            .graph
            .edge_references()
            .filter_map(|edge| {
                let Origin::Relation(relation) = edge.weight().origin else {
                    return None;
                };
                let (from, to) = (self.graph[edge.source()], self.graph[edge.target()]);
                let (superior, subordinate) = match edge.weight().kind {
                    RelationKind::Instructs | RelationKind::ApprovesBudgetOf => (from, to),
                    RelationKind::AccountableTo => (to, from),
                    _ => return None,
                };
                Some(SubordinationStep {
                    superior,
                    subordinate,
                    relation,
                })
            })
            .collect();
        steps.sort_by_key(|s| s.relation);
        let _ = model;
        steps
    }

    /// A shortest chain of subordination steps from `from` down to `to`, found by breadth-first
    /// search: the plain check that a path the solver reports is real and no longer than needed.
    pub fn shortest_subordination(
        &self,
        model: &Model,
        from: Element,
        to: Element,
    ) -> Option<Vec<SubordinationStep>> {
        let steps = self.subordination_steps(model);
        let mut previous: HashMap<Element, usize> = HashMap::new();
        let mut queue = VecDeque::from([from]);
        while let Some(at) = queue.pop_front() {
            for (i, step) in steps.iter().enumerate() {
                if step.superior == at
                    && step.subordinate != from
                    && !previous.contains_key(&step.subordinate)
                {
                    previous.insert(step.subordinate, i);
                    if step.subordinate == to {
                        let mut path = vec![*step];
                        let mut cursor = step.superior;
                        while cursor != from {
                            let back = steps[previous[&cursor]];
                            path.push(back);
                            cursor = back.superior;
                        }
                        path.reverse();
                        return Some(path);
                    }
                    queue.push_back(step.subordinate);
                }
            }
        }
        None
    }

    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }
}
