; toets proof obligation
; model:   models/iza-2022.toml
; rule:    equal-rights
; subject: iza
; case:    equal rights
; unsat means: the commissioners hold equal rights over `iza`
; expect:  sat
(set-logic QF_LIA)
(declare-const |has.chair.iza.vws| Bool)
(declare-const |carve-out.chair.iza.vws| Bool)
(declare-const |has.chair.iza.zn| Bool)
(declare-const |carve-out.chair.iza.zn| Bool)
(declare-const |has.chair.iza.vng| Bool)
(declare-const |carve-out.chair.iza.vng| Bool)
(declare-const |has.final-say.bijsturen-na-evaluatie.vws| Bool)
(declare-const |carve-out.final-say.bijsturen-na-evaluatie.vws| Bool)
(declare-const |has.final-say.bijsturen-na-evaluatie.zn| Bool)
(declare-const |carve-out.final-say.bijsturen-na-evaluatie.zn| Bool)
(declare-const |has.final-say.bijsturen-na-evaluatie.vng| Bool)
(declare-const |carve-out.final-say.bijsturen-na-evaluatie.vng| Bool)
; fact: `vws` holds `chair` over `iza`: true
(assert |has.chair.iza.vws|)
; fact: as system responsibility: false
(assert (not |carve-out.chair.iza.vws|))
; fact: `zn` holds `chair` over `iza`: false
(assert (not |has.chair.iza.zn|))
; fact: as system responsibility: false
(assert (not |carve-out.chair.iza.zn|))
; fact: `vng` holds `chair` over `iza`: false
(assert (not |has.chair.iza.vng|))
; fact: as system responsibility: false
(assert (not |carve-out.chair.iza.vng|))
; fact: `vws` holds `final-say` over `bijsturen-na-evaluatie`: true
(assert |has.final-say.bijsturen-na-evaluatie.vws|)
; fact: as system responsibility: false
(assert (not |carve-out.final-say.bijsturen-na-evaluatie.vws|))
; fact: `zn` holds `final-say` over `bijsturen-na-evaluatie`: false
(assert (not |has.final-say.bijsturen-na-evaluatie.zn|))
; fact: as system responsibility: false
(assert (not |carve-out.final-say.bijsturen-na-evaluatie.zn|))
; fact: `vng` holds `final-say` over `bijsturen-na-evaluatie`: false
(assert (not |has.final-say.bijsturen-na-evaluatie.vng|))
; fact: as system responsibility: false
(assert (not |carve-out.final-say.bijsturen-na-evaluatie.vng|))
; some right is unequal, or a carve-out decides over the agreement
(assert (or (and |has.chair.iza.vws| (not |carve-out.chair.iza.vws|) (not |has.chair.iza.zn|)) (and |has.chair.iza.vws| (not |carve-out.chair.iza.vws|) (not |has.chair.iza.vng|)) (and |has.chair.iza.zn| (not |carve-out.chair.iza.zn|) (not |has.chair.iza.vws|)) (and |has.chair.iza.zn| (not |carve-out.chair.iza.zn|) (not |has.chair.iza.vng|)) (and |has.chair.iza.vng| (not |carve-out.chair.iza.vng|) (not |has.chair.iza.vws|)) (and |has.chair.iza.vng| (not |carve-out.chair.iza.vng|) (not |has.chair.iza.zn|)) (and |has.final-say.bijsturen-na-evaluatie.vws| (not |carve-out.final-say.bijsturen-na-evaluatie.vws|) (not |has.final-say.bijsturen-na-evaluatie.zn|)) (and |has.final-say.bijsturen-na-evaluatie.vws| (not |carve-out.final-say.bijsturen-na-evaluatie.vws|) (not |has.final-say.bijsturen-na-evaluatie.vng|)) |carve-out.final-say.bijsturen-na-evaluatie.vws| (and |has.final-say.bijsturen-na-evaluatie.zn| (not |carve-out.final-say.bijsturen-na-evaluatie.zn|) (not |has.final-say.bijsturen-na-evaluatie.vws|)) (and |has.final-say.bijsturen-na-evaluatie.zn| (not |carve-out.final-say.bijsturen-na-evaluatie.zn|) (not |has.final-say.bijsturen-na-evaluatie.vng|)) |carve-out.final-say.bijsturen-na-evaluatie.zn| (and |has.final-say.bijsturen-na-evaluatie.vng| (not |carve-out.final-say.bijsturen-na-evaluatie.vng|) (not |has.final-say.bijsturen-na-evaluatie.vws|)) (and |has.final-say.bijsturen-na-evaluatie.vng| (not |carve-out.final-say.bijsturen-na-evaluatie.vng|) (not |has.final-say.bijsturen-na-evaluatie.zn|)) |carve-out.final-say.bijsturen-na-evaluatie.vng|))
(check-sat)
(exit)
