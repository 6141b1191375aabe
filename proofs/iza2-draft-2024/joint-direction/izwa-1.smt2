; toets proof obligation
; model:   models/iza2-draft-2024.toml
; rule:    joint-direction
; subject: izwa
; case:    directed together, by the UDO method
; unsat means: every commissioner directs `izwa`, none leads alone, and it is formed by the UDO method
; expect:  sat
(set-logic QF_LIA)
(declare-const |directs.vws| Bool)
(declare-const |directs.zn| Bool)
(declare-const |directs.vng| Bool)
(declare-const |lead.vws| Bool)
(declare-const |lead.zn| Bool)
(declare-const |lead.vng| Bool)
(declare-const |method.udo| Bool)
; fact: `vws` directs `izwa`: true
(assert |directs.vws|)
; fact: `zn` directs `izwa`: false
(assert (not |directs.zn|))
; fact: `vng` directs `izwa`: false
(assert (not |directs.vng|))
; fact: `vws` holds the lead over `izwa`: true
(assert |lead.vws|)
; fact: `zn` holds the lead over `izwa`: false
(assert (not |lead.zn|))
; fact: `vng` holds the lead over `izwa`: false
(assert (not |lead.vng|))
; fact: `izwa` is formed by the UDO method: false
(assert (not |method.udo|))
; some commissioner does not direct, someone leads alone, or the method is not the UDO's
(assert (or (not |directs.vws|) (not |directs.zn|) (not |directs.vng|) (and |lead.vws| (or (not |lead.zn|) (not |lead.vng|))) (and |lead.zn| (or (not |lead.vws|) (not |lead.vng|))) (and |lead.vng| (or (not |lead.vws|) (not |lead.zn|))) (not |method.udo|)))
(check-sat)
(exit)
