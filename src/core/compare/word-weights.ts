/**
 * How much a content word's presence on one side only tells against two wordings being one statement
 * (TF-KLD: the Kullback-Leibler divergence between how often the word is shared by paraphrase pairs and by
 * other pairs that hold it). Written by `scripts/fit-statement-score.ts` from the tuning part of the paraphrase
 * development set; a word it did not see weighs DEFAULT_WEIGHT.
 */
const DEFAULT_WEIGHT = 0.0492;

const WEIGHTS = `
abandon:0.536 abduct:0.024 abl:0.006 aboard:0.007 abort:0.186 abraham:0.136 absolut:0.056 abus:0.063 academy:0.001 accept:0.516 access:0.017 accid:0.000
accompany:0.038 account:0.019 accus:0.029 acquir:0.368 acquisit:0.159 acr:0.000 across:0.001 act:0.180 activ:0.074 activist:0.012 actu:0.016 acut:0.032
ad:0.002 addit:0.142 address:0.038 administrat:0.000 admiss:0.038 admit:0.005 adopt:0.204 adult:0.009 advanc:0.111 advantag:0.054 advertis:0.345 advic:0.368
advis:0.063 advisory:0.136 advoc:0.054 affair:0.082 affect:0.244 afghanistan:0.125 africa:0.008 african:0.368 afternoon:0.014 age:0.075 aged:0.083 agency:0.000
agenda:0.104 agent:0.259 ago:0.162 agr:0.025 agricultur:0.368 air:0.226 aircraft:0.256 airlin:0.001 airport:0.193 airway:0.016 al:0.210 alabama:0.022
ali:0.115 allow:0.019 ally:0.083 almost:0.132 alon:0.004 alway:0.048 ambush:0.368 amd:0.409 america:0.040 american:0.024 amid:0.271 amount:0.520
amrozi:0.223 analysis:0.000 analyst:0.015 anderson:0.409 andrew:0.022 angel:0.025 anim:0.054 annu:0.000 anonym:0.007 anoth:0.157 anthony:0.009 anti:0.012
anticip:0.273 antivirus:0.056 anyon:0.006 anyth:0.159 aol:0.006 apart:0.145 apology:0.276 appar:0.049 appear:0.485 appl:0.043 applic:0.002 appoint:0.100
approach:0.006 appropri:0.083 approximat:0.083 april:0.004 ar:0.017 arabia:0.104 archdioc:0.032 argu:0.067 arizona:0.000 arrest:0.051 arriv:0.392 arthur:0.000
articl:0.000 artist:0.005 ashcroft:0.029 asia:0.224 ask:0.239 aspir:0.021 asset:0.001 assign:0.317 associ:0.018 assum:0.000 astronaut:0.016 atlanta:0.122
atlantic:0.056 attack:0.180 attempt:0.003 attend:0.098 attorney:0.005 attract:0.007 audi:0.012 aug:0.004 august:0.000 australia:0.045 australian:0.217 auth:0.005
avail:0.355 averag:0.011 avoid:0.605 awar:0.104 award:0.228 away:0.160 baby:0.085 bad:0.253 bail:0.054 bal:0.056 ban:0.007 bank:0.058
bankruptcy:0.001 bar:0.097 barrel:0.115 bas:0.052 basis:0.001 battl:0.193 bay:0.021 bbc:0.012 beach:0.008 bear:0.107 beat:0.283 becom:0.084
bedroom:0.000 begin:0.399 behalf:0.276 behavi:0.270 believ:0.223 belong:0.217 ben:0.000 benchmark:0.001 benefit:0.019 berkeley:0.151 best:0.024 bet:0.234
bid:0.000 big:0.098 biggest:0.000 bil:0.031 bin:0.067 biologic:0.006 birth:0.056 bishop:0.094 bit:0.051 black:0.000 blackout:0.342 blair:0.078
blam:0.552 blast:0.031 block:0.000 blood:0.002 bloomberg:0.134 blu:0.113 board:0.000 boat:0.026 bob:0.006 body:0.134 boe:0.084 bomb:0.299
bombardi:0.022 bond:0.003 bonus:0.164 book:0.354 bord:0.022 born:0.217 boss:0.276 boston:0.720 bottl:0.026 bound:0.094 box:0.180 boy:0.184
brain:0.228 branch:0.151 brand:0.228 break:0.667 breast:0.150 brem:0.104 brey:0.409 brian:0.017 brief:0.001 bring:0.108 britain:0.060 broad:0.221
broadband:0.424 brook:0.013 broth:0.091 brow:0.032 brown:0.159 bry:0.243 budget:0.091 build:0.066 bureau:0.019 burn:0.129 bus:0.277 bush:0.066
busi:0.157 buy:0.094 cabinet:0.022 cabl:0.246 cal:0.035 calcul:0.012 calif:0.169 california:0.040 camp:0.047 campaign:0.085 campus:0.202 canada:0.249
canc:0.009 cancel:0.038 candid:0.000 cap:0.205 capabil:0.000 capit:0.172 captur:0.130 car:0.048 card:0.621 cargo:0.054 carolina:0.311 carri:0.040
carry:0.001 carson:0.040 cas:0.029 cash:0.317 casino:0.240 catch:0.058 catholic:0.049 caus:0.327 cbs:0.001 cel:0.031 celebr:0.160 cent:0.002
ceo:0.007 ceremony:0.273 certify:0.054 chain:0.063 chair:0.006 chairman:0.031 championship:0.056 chanc:0.217 chang:0.029 channel:0.020 charg:0.337 charit:0.024
charl:0.368 chart:0.060 check:0.032 chemic:0.010 chf:0.160 chicago:0.164 child:0.060 china:0.061 chip:0.050 choic:0.577 choo:0.094 christian:0.009
church:0.024 cia:0.191 circuit:0.151 cisco:0.054 cit:0.118 citigroup:0.200 citizen:0.014 city:0.093 civil:0.003 civilian:0.041 claim:0.012 clar:0.270
class:0.149 classify:0.409 clean:0.000 clear:0.015 cli:0.001 climb:0.001 clinic:0.086 clinton:0.044 clo:0.210 co:0.065 coach:0.117 coalit:0.002
coast:0.005 coca:0.487 cohen:0.151 col:0.078 cola:0.487 colleagu:0.007 collect:0.000 colleg:0.472 colorado:0.054 columbia:0.064 com:0.029 combin:0.021
comfort:0.083 command:0.032 commerc:0.054 commerci:0.228 commiss:0.009 common:0.191 commun:0.017 communic:0.191 commut:0.022 compan:0.030 company:0.027 compar:0.446
compen:0.076 compet:0.487 competit:0.151 complain:0.368 complaint:0.030 complet:0.000 complex:0.270 complic:0.037 compon:0.016 composit:0.069 compound:0.032 compromis:0.115
comput:0.124 comstock:0.026 concern:0.002 conclud:0.075 condit:0.218 conduct:0.278 confed:0.276 confid:0.587 confirm:0.361 congress:0.046 connect:0.053 consecut:0.058
consensus:0.000 conservativ:0.008 consist:0.083 consolid:0.104 conspiracy:0.020 constitut:0.103 consum:0.028 cont:0.145 contact:0.002 contain:0.001 contest:0.005 continu:0.112
contract:0.147 contribut:0.093 control:0.000 conv:0.022 conveni:0.104 convent:0.005 convict:0.000 convoy:0.240 coop:0.132 coordin:0.107 cop:0.000 copy:0.000
cor:0.020 corp:0.003 correct:0.181 cost:0.072 council:0.003 counsel:0.040 count:0.097 country:0.091 county:0.156 coupl:0.196 cour:0.025 courag:0.368
court:0.074 courtroom:0.071 cov:0.283 coverag:0.138 crack:0.151 crash:0.025 cre:0.142 credit:0.114 crew:0.119 crim:0.020 crimin:0.003 crisis:0.170
criticis:0.728 cross:0.159 crowd:0.110 cruz:0.200 cur:0.223 currency:0.134 custody:0.038 custom:0.040 dai:0.012 dalla:0.038 damag:0.166 danc:0.368
dang:0.086 daniel:0.030 dat:0.008 data:0.033 daught:0.212 davis:0.078 day:0.186 de:0.012 dead:0.266 deadlin:0.009 dean:0.041 death:0.303
deb:0.336 debt:0.056 dec:0.071 decad:0.001 decemb:0.058 decid:0.231 declar:0.047 declin:0.040 deep:0.000 deficit:0.104 defin:0.005 degr:0.149
del:0.043 delay:0.130 deleg:0.026 deliv:0.312 delivery:0.005 demand:0.242 democracy:0.048 democrat:0.004 democratic:0.049 dennehy:0.104 deny:0.002 depart:0.076
depend:0.276 deploy:0.047 deposit:0.026 depot:0.240 deputy:0.010 describ:0.001 design:0.179 desktop:0.115 desp:0.008 despit:0.075 destroy:0.158 detail:0.343
determin:0.098 develop:0.000 devic:0.228 die:0.175 died:0.358 diego:0.002 diff:0.243 difficult:0.105 difficulty:0.000 dip:0.566 diplomatic:0.200 direct:0.001
disagr:0.169 disappoint:0.217 disast:0.005 disclo:0.056 discov:0.278 discovery:0.008 disea:0.276 display:0.040 disput:0.154 disrupt:0.276 diss:0.070 distribut:0.179
district:0.000 div:0.115 dividend:0.015 divis:0.088 dji:0.085 dna:0.191 doct:0.263 docu:0.011 dog:0.000 dollar:0.001 domestic:0.477 don:0.074
dotson:0.047 doubl:0.367 dow:0.164 down:0.256 download:0.016 downtown:0.056 dozen:0.004 dr:0.017 draft:0.043 drag:0.136 dram:0.368 dramatic:0.026
draw:0.071 drink:0.125 driv:0.092 driven:0.154 drov:0.085 drown:0.368 drug:0.018 due:0.001 duty:0.054 dvd:0.054 ear:0.061 earli:0.019
earn:0.120 eas:0.541 easi:0.240 east:0.007 economic:0.045 economy:0.012 edg:0.010 edit:0.002 edt:0.000 edward:0.228 effect:0.367 effort:0.057
eight:0.025 ele:0.200 elect:0.071 electric:0.277 electronic:0.083 els:0.151 elsewh:0.094 emc:0.032 emerg:0.054 employ:0.045 encourag:0.191 energy:0.030
enforc:0.088 engag:0.605 engin:0.015 england:0.024 enhanc:0.409 enjoy:0.317 enough:0.154 ensur:0.009 enterpris:0.000 entertain:0.054 entir:0.017 entry:0.000
environ:0.212 epidemic:0.191 equ:0.040 equip:0.006 equiv:0.024 er:0.070 ericsson:0.013 escap:0.000 especi:0.085 establish:0.219 estim:0.051 estrogen:0.115
ethnic:0.151 eu:0.000 euro:0.006 europ:0.009 evacu:0.032 evalu:0.175 evan:0.054 eve:0.159 even:0.204 event:0.110 eventu:0.008 everyth:0.110
evid:0.104 ex:0.260 exact:0.018 examin:0.104 exampl:0.235 exc:0.035 exchang:0.030 exclud:0.277 execut:0.007 executiv:0.002 exempt:0.054 exercis:0.016
exist:0.000 expan:0.006 expand:0.017 expect:0.036 experi:0.011 experienc:0.159 expert:0.000 expl:0.154 explo:0.030 explod:0.022 explosiv:0.041 expo:0.077
export:0.022 express:0.029 exten:0.591 extend:0.472 extradit:0.276 extrem:0.154 eye:0.012 fac:0.024 facil:0.191 fact:0.013 fail:0.098 failur:0.004
faith:0.151 fal:0.182 fami:0.142 familiar:0.368 far:0.002 farm:0.342 fast:0.001 fath:0.005 fav:0.006 fbi:0.177 fcc:0.037 fear:0.933
featur:0.283 feb:0.409 february:0.079 fed:0.042 fee:0.110 feel:0.061 feet:0.154 fellow:0.000 fem:0.022 ferry:0.026 few:0.178 field:0.008
fifth:0.008 figur:0.004 fil:0.007 film:0.006 fin:0.001 financi:0.292 finasterid:0.159 find:0.183 finish:0.033 fir:0.110 firefight:0.001 firm:0.081
first:0.103 fisc:0.191 fish:0.006 fit:0.009 fiv:0.041 fix:0.164 fla:0.032 flag:0.077 flaw:0.240 fled:0.038 fleet:0.315 flew:0.007
fli:0.007 flight:0.078 flo:0.086 flood:0.094 florida:0.207 flow:0.368 flu:0.038 fly:0.000 focus:0.066 follow:0.091 food:0.014 foot:0.038
ford:0.006 forecast:0.000 foreign:0.037 form:0.022 format:0.151 forum:0.040 forward:0.123 found:0.437 four:0.045 fourth:0.060 fox:0.221 franc:0.173
francisco:0.159 frank:0.019 franklin:0.016 fraud:0.111 fre:0.226 freddi:0.022 frequ:0.083 fresh:0.022 friday:0.011 friend:0.017 frist:0.368 front:0.014
ftc:0.002 fuel:0.191 ful:0.445 fulfil:0.315 fun:0.009 funct:0.085 fund:0.066 furth:0.972 furtherm:0.026 futur:0.035 gain:0.148 gam:0.007
gambl:0.104 gas:0.094 gat:0.000 gath:0.224 gay:0.008 gehman:0.026 gen:0.208 gener:0.078 georg:0.067 georgia:0.662 gerberd:0.008 germany:0.046
get:0.179 giant:0.000 girl:0.001 giv:0.200 glob:0.420 gm:0.159 gmt:0.310 go:0.275 god:0.115 goe:0.175 going:0.324 goldman:0.000
good:0.401 got:0.020 gov:0.074 govern:0.015 grad:0.001 gradu:0.025 graham:0.016 grand:0.115 grant:0.001 great:0.010 green:0.551 greenback:0.026
greg:0.007 grocery:0.026 gross:0.424 ground:0.193 group:0.021 grow:0.208 guard:0.355 guid:0.000 guidelin:0.291 guilty:0.575 gun:0.205 gunman:0.368
guy:0.243 hack:0.115 hail:0.270 hal:0.175 half:0.367 halla:0.276 hama:0.012 hand:0.122 handl:0.043 happen:0.429 harrison:0.022 hat:0.078
head:0.017 headlin:0.159 headquart:0.013 heal:0.024 health:0.015 hear:0.011 heart:0.152 heat:0.000 heavy:0.085 hefty:0.022 helicopt:0.136 help:0.185
henri:0.039 high:0.006 highest:0.063 hijack:0.030 hik:0.115 hil:0.184 hir:0.000 history:0.495 hit:0.095 hol:0.012 hold:0.065 hom:0.094
homeland:0.008 hon:0.276 hop:0.076 hormon:0.054 hospit:0.395 hospitaliz:0.071 host:0.016 hot:0.054 hotel:0.038 hour:0.000 hous:0.098 houston:0.219
howard:0.018 hubbard:0.104 human:0.155 hundr:0.132 hunt:0.006 hurt:0.008 husband:0.066 hussein:0.088 i'm:0.045 i'v:0.240 iaea:0.026 ibm:0.075
idea:0.054 ident:0.191 identify:0.271 ii:0.115 il:0.078 illeg:0.276 illinois:0.089 imag:0.175 immedi:0.070 immediat:0.001 immigr:0.091 impact:0.002
imperson:0.276 impl:0.556 impo:0.592 import:0.084 improp:0.115 improv:0.129 inappropri:0.276 inc:0.174 inch:0.006 incid:0.075 includ:0.002 incom:0.045
increa:0.047 ind:0.039 independ:0.080 index:0.208 india:0.008 indict:0.110 individu:0.045 indonesia:0.136 industri:0.021 industry:0.243 infect:0.305 infl:0.083
inform:0.027 infrastructur:0.054 infuri:0.008 initi:0.081 injunct:0.132 injur:0.084 injury:0.131 innoc:0.164 insist:0.017 inspect:0.000 inst:0.064 instead:0.001
instinet:0.117 institut:0.018 instruct:0.038 insur:0.110 int:0.227 integr:0.005 intel:0.013 intellig:0.042 inten:0.009 intend:0.126 interact:0.094 interest:0.297
interim:0.260 intern:0.032 internet:0.161 interven:0.133 interview:0.000 introduc:0.204 invest:0.146 investig:0.054 invit:0.094 involv:0.221 iran:0.000 iraq:0.013
iraqis:0.260 island:0.012 isol:0.160 israel:0.000 issu:0.129 ita:0.135 item:0.283 ixic:0.555 jack:0.008 jackson:0.016 jakarta:0.012 jam:0.118
jan:0.006 january:0.005 japan:0.195 java:0.349 jet:0.018 jewish:0.083 ji:0.592 job:0.000 john:0.014 johnson:0.409 join:0.420 joint:0.041
jon:0.003 jordan:0.169 jordanian:0.012 journ:0.003 jr:0.002 judg:0.002 july:0.020 jump:0.142 jun:0.026 jur:0.083 jury:0.000 justic:0.152
kansa:0.278 keep:0.094 kel:0.505 kennedy:0.019 key:0.011 kick:0.144 kidnap:0.276 kidney:0.000 kil:0.021 kilometr:0.006 know:0.179 kong:0.217
korea:0.000 kurd:0.115 kyi:0.217 lab:0.089 lac:0.475 laden:0.171 largest:0.162 last:0.001 lat:0.253 latest:0.077 law:0.125 lawmak:0.001
lawsuit:0.022 lawy:0.000 layoff:0.115 lea:0.276 lead:0.052 leadership:0.243 leagu:0.016 leak:0.041 learn:0.117 least:0.001 leav:0.019 lee:0.015
left:0.228 leg:0.644 legislatur:0.016 legitim:0.136 lendingtr:0.000 less:0.057 let:0.314 level:0.193 lewis:0.025 liberia:0.032 licen:0.042 lie:0.008
lieberman:0.008 lif:0.052 light:0.124 lik:0.234 limbaugh:0.029 limit:0.359 lin:0.043 link:0.175 linux:0.002 list:0.001 listen:0.159 littl:0.014
liv:0.022 load:0.115 loan:0.000 loc:0.014 long:0.100 look:0.029 los:0.054 loss:0.148 lot:0.057 lov:0.200 low:0.051 lowest:0.056
lt:0.026 lupa:0.012 lying:0.115 lynch:0.005 machin:0.424 magazin:0.217 magistr:0.003 mail:0.158 main:0.001 maintain:0.219 maj:0.152 mak:0.362
malaysia:0.200 malvo:0.154 man:0.021 manag:0.068 manhattan:0.039 manufactur:0.181 map:0.032 mar:0.005 march:0.057 margin:0.139 marin:0.276 mark:0.430
market:0.070 marriag:0.228 marry:0.263 mart:0.204 martin:0.008 mary:0.032 maryland:0.424 massachuset:0.002 mast:0.132 match:0.175 materi:0.171 maximum:0.133
may:0.007 mcc:0.012 mean:0.022 meanwhil:0.089 measur:0.067 mechanic:0.115 media:0.215 medic:0.059 medicaid:0.012 medicar:0.086 medicin:0.270 meet:0.004
memb:0.226 memory:0.076 ment:0.204 merg:0.368 merril:0.081 messag:0.253 met:0.041 mexico:0.276 miami:0.047 michael:0.018 michigan:0.151 microsoft:0.020
mid:0.063 midday:0.216 middl:0.006 mil:0.010 milit:0.163 military:0.006 millionair:0.159 mind:0.040 minist:0.054 ministry:0.188 minus:0.000 minut:0.049
miss:0.217 missil:0.368 mistak:0.024 mix:0.505 mobil:0.083 model:0.159 mom:0.004 monday:0.006 money:0.027 monit:0.000 month:0.053 monu:0.151
moor:0.063 morgan:0.038 morn:0.086 mortgag:0.409 mosqu:0.144 most:0.038 mot:0.054 moth:0.077 motiv:0.038 mov:0.529 movi:0.005 mph:0.002
mr:0.000 mrs:0.003 ms:0.099 mta:0.424 muhammad:0.104 multi:0.000 multipl:0.009 murd:0.018 murphy:0.012 music:0.066 muslim:0.689 mutu:0.070
myanmar:0.115 myer:0.026 nam:0.040 narrow:0.005 nasa:0.289 nascar:0.008 nasdaq:0.159 nation:0.317 nationwid:0.083 nato:0.368 natur:0.020 nbc:0.024
near:0.190 nearby:0.081 necessary:0.149 need:0.189 neighb:0.117 neighborhood:0.260 nelson:0.038 net:0.206 network:0.107 new:0.005 newspap:0.132 next:0.000
nigeria:0.024 night:0.015 nil:0.000 nin:0.291 nomin:0.008 non:0.111 north:0.093 northeast:0.000 northern:0.025 northwest:0.038 not:0.010 notic:0.076
nov:0.022 novel:0.151 novemb:0.012 nuclear:0.000 numb:0.189 nur:0.311 nys:0.149 o'brien:0.175 o'con:0.374 obe:0.000 oblig:0.025 obstruct:0.032
obtain:0.160 occur:0.022 ocean:0.032 oct:0.016 octob:0.230 offend:0.084 offic:0.000 offici:0.052 often:0.252 ohio:0.019 oil:0.102 old:0.041
onc:0.000 onlin:0.058 open:0.007 oper:0.010 operativ:0.159 opin:0.000 oppo:0.292 oppon:0.720 opposit:0.004 opt:0.155 oracl:0.253 orbit:0.217
ord:0.011 organ:0.088 organiz:0.293 origin:0.091 os:0.041 osama:0.006 outag:0.151 outfield:0.022 outlook:0.276 outnumb:0.089 output:0.012 outrag:0.291
outsid:0.293 over:0.042 overnight:0.051 overwhelm:0.006 own:0.150 ownership:0.117 pack:0.022 packag:0.002 pag:0.205 pakistan:0.118 palestin:0.049 palm:0.040
panel:0.001 pap:0.042 par:0.053 park:0.017 parson:0.007 part:0.065 particip:0.129 partn:0.547 party:0.005 pass:0.036 passeng:0.206 passport:0.151
pat:0.378 pataki:0.039 patch:0.243 path:0.424 pati:0.319 patrol:0.154 paul:0.051 pay:0.100 pc:0.000 pcs:0.026 peac:0.032 peaceful:0.000
peacekeep:0.066 pen:0.054 pend:0.000 pennsylvania:0.342 pentagon:0.063 peoplesoft:0.041 pep:0.009 per:0.000 perc:0.047 percentag:0.003 perform:0.000 period:0.001
person:0.014 personnel:0.191 pet:0.133 peterson:0.085 philadelphia:0.081 philippin:0.019 phoenix:0.008 phon:0.002 photo:0.001 photograph:0.005 physic:0.000 physician:0.429
pick:0.007 pickup:0.270 pictur:0.049 pion:0.012 pipelin:0.012 plac:0.182 placebo:0.424 plaintiff:0.113 plan:0.054 planet:0.006 plant:0.022 play:0.080
plea:0.031 plead:0.841 plus:0.015 point:0.154 pol:0.008 poland:0.005 polic:0.001 policy:0.061 politic:0.080 pool:0.032 poor:0.630 popul:0.038
popular:0.056 port:0.137 pos:0.018 posit:0.090 poss:0.022 possess:0.115 possib:0.008 possibil:0.243 post:0.213 pot:0.000 potenti:0.012 pound:0.057
pow:0.357 powel:0.043 powerful:0.081 practic:0.311 prais:0.104 pre:0.002 predict:0.102 pref:0.005 pres:0.115 prescript:0.000 presid:0.015 presidenti:0.060
press:0.152 pressur:0.005 pretty:0.368 prev:0.001 previ:0.028 pri:0.010 pric:0.002 priest:0.038 prim:0.394 primary:0.002 princ:0.032 prison:0.000
priv:0.007 privat:0.009 pro:0.240 probab:0.013 proc:0.123 procedur:0.001 process:0.002 produc:0.390 product:0.064 profess:0.005 profession:0.038 profil:0.012
profit:0.004 program:0.426 progress:0.074 project:0.219 promis:0.006 promot:0.270 prop:0.014 property:0.017 propos:0.130 prosecut:0.055 prospect:0.217 prost:0.041
protect:0.123 protest:0.000 protocol:0.368 prov:0.487 provid:0.100 provinc:0.072 provis:0.022 public:0.037 publish:0.142 pul:0.038 punish:0.056 purcha:0.044
pursu:0.280 push:0.007 put:0.071 qaeda:0.000 qaida:0.064 quarantin:0.078 quart:0.043 quattron:0.385 quick:0.094 quot:0.018 r:0.010 rac:0.447
radio:0.001 rail:0.038 rain:0.066 rais:0.097 ral:0.276 rang:0.028 rank:0.086 rap:0.000 rat:0.083 reach:0.043 react:0.083 read:0.077
reagan:0.032 real:0.095 reason:0.355 rebel:0.278 rec:0.156 receiv:0.003 recess:0.151 recognis:0.053 recommend:0.462 reconstruct:0.049 record:0.088 recov:0.068
recovery:0.054 reduc:0.160 reed:0.008 ref:0.074 reflect:0.217 reform:0.200 refug:0.276 refund:0.104 regi:0.151 regim:0.160 regist:0.022 registry:0.276
regul:0.374 regular:0.398 regulatory:0.151 rehnquist:0.154 reject:0.448 rel:0.169 relationship:0.154 relativ:0.018 relea:0.039 religi:0.038 remain:0.082 remark:0.060
remov:0.006 renew:0.270 replac:0.107 report:0.014 repres:0.003 representat:0.026 representativ:0.040 republic:0.041 republican:0.595 request:0.139 rescu:0.200 research:0.285
reserv:0.123 resid:0.176 resign:0.056 resist:0.159 resolv:0.527 resourc:0.054 respiratory:0.032 respond:0.004 responsibil:0.240 rest:0.003 restaur:0.009 restrict:0.160
result:0.226 retail:0.006 retir:0.228 return:0.040 reut:0.226 revenu:0.007 review:0.044 reviv:0.240 revolut:0.231 ric:0.217 rid:0.164 right:0.473
rim:0.008 ring:0.003 risk:0.008 riv:0.152 road:0.292 rob:0.056 robbery:0.378 robert:0.066 robinson:0.026 rock:0.078 rol:0.077 room:0.311
rough:0.115 round:0.000 row:0.022 roy:0.311 rul:0.112 rumsfeld:0.000 run:0.149 rush:0.253 russia:0.024 saddam:0.067 saf:0.046 safety:0.123
sal:0.023 salary:0.032 sampl:0.134 samudra:0.115 san:0.592 sanct:0.089 sandra:0.160 sar:0.095 satellit:0.022 saturday:0.001 saudi:0.077 sav:0.000
say:0.017 scal:0.151 scand:0.066 scen:0.182 schedul:0.062 schiavo:0.409 school:0.100 schwarzeneg:0.243 sci:0.030 scientist:0.003 sco:0.072 scop:0.368
scor:0.180 screen:0.006 sea:0.154 seal:0.200 search:0.067 season:0.007 seat:0.471 sec:0.022 second:0.120 secret:0.204 secretary:0.115 sect:0.020
secur:0.060 see:0.050 seek:0.047 seem:0.117 seiz:0.154 seizur:0.022 sel:0.099 select:0.057 selenski:0.104 self:0.159 semiconduct:0.191 sen:0.024
send:0.015 seni:0.007 sent:0.000 sentenc:0.045 separ:0.088 separat:0.026 sept:0.042 septemb:0.267 seri:0.175 serv:0.000 servic:0.010 sery:0.189
sess:0.084 set:0.149 setback:0.026 sev:0.004 seven:0.009 seventh:0.001 sex:0.221 sexu:0.193 sgt:0.001 shar:0.006 sharehold:0.477 sharp:0.039
shed:0.025 sheriff:0.024 ship:0.084 shoot:0.511 shop:0.086 short:0.278 should:0.115 show:0.231 shut:0.040 shuttl:0.097 sia:0.041 sid:0.014
sign:0.002 signatur:0.104 similar:0.225 simp:0.005 sing:0.016 singap:0.024 singl:0.151 sir:0.083 sit:0.035 situ:0.113 six:0.033 sixth:0.016
slash:0.001 slid:0.055 slip:0.570 slow:0.094 smal:0.130 smil:0.012 smith:0.116 smok:0.095 smuggl:0.115 snip:0.085 soar:0.001 society:0.119
soda:0.026 soft:0.039 softwar:0.013 sol:0.026 solut:0.015 somebody:0.026 someon:0.094 someth:0.025 son:0.265 song:0.186 soon:0.000 sound:0.008
sourc:0.095 south:0.002 southern:0.031 southwest:0.013 spac:0.228 spain:0.097 spam:0.001 spe:0.040 speak:0.063 speci:0.108 specific:0.204 specul:0.349
speech:0.050 spend:0.484 spik:0.083 spitz:0.091 split:0.026 spokesman:0.061 spokeswoman:0.010 spon:0.026 sport:0.039 spr:0.217 spread:0.132 spx:0.109
st:0.018 stabil:0.136 stabl:0.375 staff:0.061 stag:0.136 stanc:0.008 stand:0.294 standard:0.627 star:0.054 starv:0.159 stat:0.083 statewid:0.158
statistic:0.025 status:0.019 ste:0.159 steady:0.011 stem:0.007 step:0.337 stephen:0.159 stewart:0.067 stir:0.117 stock:0.140 stockhold:0.409 stolen:0.009
stop:0.167 stor:0.001 storag:0.026 storm:0.002 story:0.270 straight:0.081 street:0.020 strength:0.276 strengthen:0.151 stress:0.579 strik:0.027 strip:0.038
strong:0.067 strongest:0.104 structur:0.159 struggl:0.396 stud:0.029 study:0.004 styl:0.471 subject:0.113 submit:0.217 subpoena:0.001 subscrib:0.151 subscript:0.117
subsidiary:0.154 subst:0.012 substanti:0.315 suburban:0.026 success:0.040 successful:0.130 suff:0.062 suggest:0.050 suicid:0.119 suit:0.088 sum:0.115 sun:0.336
sunday:0.155 sup:0.145 suppli:0.160 support:0.062 suprem:0.031 surgery:0.382 surpass:0.000 surpris:0.130 surround:0.110 survey:0.033 surviv:0.175 suspect:0.067
sweden:0.133 sweep:0.000 swept:0.160 swiss:0.218 sydney:0.088 symptom:0.312 syndrom:0.000 syria:0.200 system:0.049 taiwan:0.116 tak:0.086 takeov:0.008
talk:0.068 tank:0.368 tap:0.022 target:0.190 task:0.025 tax:0.073 taxpay:0.374 tayl:0.039 teach:0.163 team:0.666 tech:0.298 technology:0.211
teen:0.037 teenag:0.006 tel:0.133 telemarket:0.343 telephon:0.060 televis:0.071 ten:0.000 tend:0.159 tenet:0.159 ter:0.205 term:0.222 termin:0.022
territory:0.164 terrorism:0.022 terrorist:0.102 test:0.191 testify:0.001 testimony:0.144 texa:0.045 thank:0.217 therapy:0.159 they'r:0.054 thing:0.131 third:0.307
thoma:0.017 thousand:0.304 thr:0.227 threat:0.151 thrown:0.276 thursday:0.010 tie:0.160 tight:0.115 tim:0.188 tobacco:0.217 today:0.012 togeth:0.006
tol:0.076 tomorrow:0.005 ton:0.047 tonight:0.064 tool:0.043 top:0.144 toronto:0.012 tot:0.129 touch:0.273 tour:0.285 tourist:0.115 toy:0.000
trac:0.043 track:0.013 trad:0.020 tradit:0.054 traffic:0.342 trail:0.130 train:0.142 transact:0.024 transf:0.001 transit:0.605 transport:0.005 travel:0.145
tre:0.016 treasury:0.005 treat:0.061 trend:0.115 tri:0.115 trib:0.035 tribun:0.409 trig:0.038 trip:0.307 troop:0.116 troubl:0.008 truck:0.347
trust:0.132 try:0.109 tuesday:0.019 tuit:0.104 tum:0.026 turkey:0.349 turn:0.040 tv:0.191 twenty:0.221 twic:0.099 two:0.015 typ:0.019
uganda:0.000 uk:0.049 ultimat:0.001 un:0.154 unabl:0.022 unchang:0.240 underground:0.013 understand:0.512 underw:0.000 unemploy:0.001 union:0.001 unit:0.000
univ:0.152 unix:0.038 unknown:0.160 unless:0.115 unsolicit:0.026 unw:0.039 upd:0.019 upgrad:0.012 upheld:0.219 use:0.036 used:0.036 user:0.257
using:0.050 util:0.007 va:0.424 vaccin:0.312 valu:0.004 van:0.024 vari:0.006 vast:0.276 vega:0.047 vehicl:0.072 vend:0.006 ver:0.222
verita:0.012 versus:0.001 vessel:0.115 veto:0.151 viacom:0.104 vic:0.219 victim:0.019 video:0.041 view:0.140 viol:0.104 virginia:0.016 virtu:0.130
virus:0.004 visit:0.062 vivendi:0.012 voic:0.067 volum:0.019 vot:0.003 vs:0.025 vulnerabil:0.000 wait:0.668 wal:0.185 walk:0.022 want:0.126
war:0.104 warn:0.171 wash:0.006 wat:0.256 watch:0.119 wav:0.136 way:0.000 we'r:0.014 we'v:0.018 weak:0.212 weapon:0.216 wear:0.094
web:0.001 wed:0.409 wednesday:0.002 week:0.025 weekend:0.064 weight:0.104 welcom:0.689 went:0.077 west:0.029 western:0.087 whit:0.001 whol:0.204
wid:0.004 widespread:0.160 wif:0.365 wil:0.003 wildfir:0.424 william:0.045 wilson:0.136 win:0.070 wind:0.148 window:0.012 wir:0.164 wireless:0.471
wit:0.010 woman:0.021 wor:0.217 word:0.093 work:0.128 world:0.202 worldwid:0.283 worm:0.000 worry:0.020 worship:0.008 worst:0.151 worth:0.066
wound:0.664 writ:0.043 wrongdo:0.409 www:0.159 yard:0.039 year:0.035 yen:0.142 yes:0.444 yesterday:0.022 yield:0.015 york:0.002 young:0.119
youth:0.022 zon:0.154
`;

const table = new Map<string, number>(
  WEIGHTS.split(/\s+/).filter(Boolean).map((entry) => {
    const at = entry.lastIndexOf(':');
    return [entry.slice(0, at), Number(entry.slice(at + 1))];
  }),
);

export function kldWeight(key: string): number {
  return table.get(key) ?? DEFAULT_WEIGHT;
}
