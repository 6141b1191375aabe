; toets proof obligation
; model:   models/iza2-draft-2024.toml
; rule:    money-no-exemption
; subject: zorgkantoorregio
; case:    a plan in region `zorgkantoorregio` paid from `own-funds`, without the insurer side
; unsat means: no plan in region `zorgkantoorregio` paid from `own-funds` passes a review step unless the insurer side consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |passes.beoordeling-overig-plan.1| Bool)
(declare-const |consents.marktleider-1| Bool)
(declare-const |consents.marktleider-2| Bool)
(declare-const |consents.aangewezen-gemeente| Bool)
; if the rule of decision `beoordeling-overig-plan` passes, it asks the consent of `region:market-leaders`
; the proof rests on this: the rule of decision `beoordeling-overig-plan` asks the consent of `region:market-leaders` (models/iza2-draft-2024.toml:440:21)
; the proof rests on this: `marktleider-1` and `marktleider-2` are `region:market-leaders` in region `zorgkantoorregio` (models/iza2-draft-2024.toml:204:20)
(assert (or (not |passes.beoordeling-overig-plan.1|) (and |consents.marktleider-1| |consents.marktleider-2|)))
; if the rule of decision `beoordeling-overig-plan` passes, it asks the consent of `region:mandate-municipality`
(assert (or (not |passes.beoordeling-overig-plan.1|) |consents.aangewezen-gemeente|))
; some review step of a plan paid from `own-funds` passes
(assert |passes.beoordeling-overig-plan.1|)
; no party of the insurer side consents
(assert (and (not |consents.marktleider-1|) (not |consents.marktleider-2|)))
(check-sat)
(exit)
