; toets proof obligation
; model:   models/iza2-draft-2024.toml
; rule:    money-no-exemption
; subject: zorgkantoorregio
; case:    a plan in region `zorgkantoorregio` paid from `zvw`, without the insurer side
; unsat means: no plan in region `zorgkantoorregio` paid from `zvw` passes a review step unless the insurer side consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |passes.beoordeling-zvw-plan.1| Bool)
(declare-const |consents.marktleider-1| Bool)
(declare-const |consents.marktleider-2| Bool)
(declare-const |passes.beoordeling-zvw-plan.2| Bool)
; if step `eerste snelle toets` of decision `beoordeling-zvw-plan` passes, it asks the consent of `region:market-leaders`
; the proof rests on this: step `eerste snelle toets` of decision `beoordeling-zvw-plan` asks the consent of `region:market-leaders` (models/iza2-draft-2024.toml:423:21)
; the proof rests on this: `marktleider-1` and `marktleider-2` are `region:market-leaders` in region `zorgkantoorregio` (models/iza2-draft-2024.toml:204:20)
(assert (or (not |passes.beoordeling-zvw-plan.1|) (and |consents.marktleider-1| |consents.marktleider-2|)))
; if step `beoordeling transformatieplan` of decision `beoordeling-zvw-plan` passes, it asks the consent of `region:market-leaders`
; the proof rests on this: step `beoordeling transformatieplan` of decision `beoordeling-zvw-plan` asks the consent of `region:market-leaders` (models/iza2-draft-2024.toml:428:21)
; the proof rests on this: `marktleider-1` and `marktleider-2` are `region:market-leaders` in region `zorgkantoorregio` (models/iza2-draft-2024.toml:204:20)
(assert (or (not |passes.beoordeling-zvw-plan.2|) (and |consents.marktleider-1| |consents.marktleider-2|)))
; some review step of a plan paid from `zvw` passes
(assert (or |passes.beoordeling-zvw-plan.1| |passes.beoordeling-zvw-plan.2|))
; no party of the insurer side consents
(assert (and (not |consents.marktleider-1|) (not |consents.marktleider-2|)))
(check-sat)
(exit)
