; toets proof obligation
; model:   models/iza-2022.toml
; rule:    money-no-exemption
; subject: zorgkantoorregio
; case:    a plan in region `zorgkantoorregio` paid from `state-budget`, without the municipal side
; unsat means: no plan in region `zorgkantoorregio` paid from `state-budget` passes a review step unless the municipal side consents
; expect:  sat
(set-logic QF_LIA)
(declare-const |passes.beoordeling-transformatieplan.1| Bool)
(declare-const |consents.marktleider-1| Bool)
(declare-const |consents.marktleider-2| Bool)
; if step `beoordeling transformatieplan` of decision `beoordeling-transformatieplan` passes, it asks the consent of `region:market-leaders`
(assert (or (not |passes.beoordeling-transformatieplan.1|) (and |consents.marktleider-1| |consents.marktleider-2|)))
; some review step of a plan paid from `state-budget` passes
(assert |passes.beoordeling-transformatieplan.1|)
; no party of the municipal side consents
(assert true)
(check-sat)
(exit)
