; toets proof obligation
; model:   models/iza2-draft-2024.toml
; rule:    joint-review
; subject: transformatieplan-zvw
; case:    step `eerste snelle toets` of `beoordeling-zvw-plan` without the insurer side
; unsat means: the plan `transformatieplan-zvw` cannot pass step `eerste snelle toets` of `beoordeling-zvw-plan` unless the insurer side consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |passes.beoordeling-zvw-plan.1| Bool)
(declare-const |consents.marktleider-1| Bool)
(declare-const |consents.marktleider-2| Bool)
; if step `eerste snelle toets` of decision `beoordeling-zvw-plan` passes, it asks the consent of `region:market-leaders`
; the proof rests on this: step `eerste snelle toets` of decision `beoordeling-zvw-plan` asks the consent of `region:market-leaders` (models/iza2-draft-2024.toml:423:21)
; the proof rests on this: `marktleider-1` and `marktleider-2` are `region:market-leaders` in region `zorgkantoorregio` (models/iza2-draft-2024.toml:204:20)
(assert (or (not |passes.beoordeling-zvw-plan.1|) (and |consents.marktleider-1| |consents.marktleider-2|)))
; step `eerste snelle toets` of `beoordeling-zvw-plan` passes (Regeling specifieke uitkering transformatiemiddelen IZA AZWA 2024–2028, bijlage I, stap 1: "Het voorstel wordt ter beoordeling voorgelegd aan de twee markleider zorgverzekeraars. Deze geven binnen vier weken uitsluitsel over de beoordeling.")
(assert |passes.beoordeling-zvw-plan.1|)
; no party of the insurer side consents
(assert (and (not |consents.marktleider-1|) (not |consents.marktleider-2|)))
(check-sat)
(exit)
