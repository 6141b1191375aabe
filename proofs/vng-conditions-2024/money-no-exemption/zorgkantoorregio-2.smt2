; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    money-no-exemption
; subject: zorgkantoorregio
; case:    a plan in region `zorgkantoorregio` paid from `zvw`, without the municipal side
; unsat means: no plan in region `zorgkantoorregio` paid from `zvw` passes a review step unless the municipal side consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |passes.gezamenlijke-toetsing.1| Bool)
(declare-const |consents.marktleider-1| Bool)
(declare-const |consents.marktleider-2| Bool)
(declare-const |consents.aangewezen-gemeente| Bool)
(declare-const |passes.gezamenlijke-toetsing.2| Bool)
; if step `eerste snelle toets` of decision `gezamenlijke-toetsing` passes, it asks the consent of `region:market-leaders`
(assert (or (not |passes.gezamenlijke-toetsing.1|) (and |consents.marktleider-1| |consents.marktleider-2|)))
; if step `eerste snelle toets` of decision `gezamenlijke-toetsing` passes, it asks the consent of `region:mandate-municipality`
; the proof rests on this: step `eerste snelle toets` of decision `gezamenlijke-toetsing` asks the consent of `region:mandate-municipality` (models/vng-conditions-2024.toml:443:46)
; the proof rests on this: `aangewezen-gemeente` is `region:mandate-municipality` in region `zorgkantoorregio` (models/vng-conditions-2024.toml:218:25)
(assert (or (not |passes.gezamenlijke-toetsing.1|) |consents.aangewezen-gemeente|))
; if step `beoordeling transformatieplan` of decision `gezamenlijke-toetsing` passes, it asks the consent of `region:market-leaders`
(assert (or (not |passes.gezamenlijke-toetsing.2|) (and |consents.marktleider-1| |consents.marktleider-2|)))
; if step `beoordeling transformatieplan` of decision `gezamenlijke-toetsing` passes, it asks the consent of `region:mandate-municipality`
; the proof rests on this: step `beoordeling transformatieplan` of decision `gezamenlijke-toetsing` asks the consent of `region:mandate-municipality` (models/vng-conditions-2024.toml:452:46)
; the proof rests on this: `aangewezen-gemeente` is `region:mandate-municipality` in region `zorgkantoorregio` (models/vng-conditions-2024.toml:218:25)
(assert (or (not |passes.gezamenlijke-toetsing.2|) |consents.aangewezen-gemeente|))
; some review step of a plan paid from `zvw` passes
(assert (or |passes.gezamenlijke-toetsing.1| |passes.gezamenlijke-toetsing.2|))
; no party of the municipal side consents
(assert (not |consents.aangewezen-gemeente|))
(check-sat)
(exit)
