; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    chain-approaches
; subject: prioritering-ketenaanpakken
; case:    without the municipal side
; unsat means: the decision `prioritering-ketenaanpakken` cannot be taken unless a party of the municipal side consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |passes.prioritering-ketenaanpakken.1| Bool)
(declare-const |consents.vws| Bool)
(declare-const |consents.zn| Bool)
(declare-const |consents.vng| Bool)
; if the rule of decision `prioritering-ketenaanpakken` passes, it asks the consent of `vws`
(assert (or (not |passes.prioritering-ketenaanpakken.1|) |consents.vws|))
; if the rule of decision `prioritering-ketenaanpakken` passes, it asks the consent of `zn`
(assert (or (not |passes.prioritering-ketenaanpakken.1|) |consents.zn|))
; if the rule of decision `prioritering-ketenaanpakken` passes, it asks the consent of `vng`
; the proof rests on this: the rule of decision `prioritering-ketenaanpakken` asks the consent of `vng` (models/vng-conditions-2024.toml:391:23)
(assert (or (not |passes.prioritering-ketenaanpakken.1|) |consents.vng|))
; step `rule` of `prioritering-ketenaanpakken` passes (Bijlage 1 bij resolutie IZA: Uitwerking gelijkwaardigheid, NB: "Voor de ketenaanpakken willen we verkennen of en welke nadere afspraken we kunnen maken [...] evenals afspraken over niet-vrijblijvende gezamenlijke prioritering.")
(assert |passes.prioritering-ketenaanpakken.1|)
; no party of the municipal side consents
(assert (not |consents.vng|))
(check-sat)
(exit)
