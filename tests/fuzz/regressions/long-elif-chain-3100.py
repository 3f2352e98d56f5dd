x = 5
if x == 0:
    print(0)
elif x == 1:
    print(1)
elif x == 2:
    print(2)
elif x == 3:
    print(3)
elif x == 4:
    print(4)
elif x == 5:
    print(5)
elif x == 6:
    print(6)
elif x == 7:
    print(7)
elif x == 8:
    print(8)
elif x == 9:
    print(9)
elif x == 10:
    print(10)
elif x == 11:
    print(11)
elif x == 12:
    print(12)
elif x == 13:
    print(13)
elif x == 14:
    print(14)
elif x == 15:
    print(15)
elif x == 16:
    print(16)
elif x == 17:
    print(17)
elif x == 18:
    print(18)
elif x == 19:
    print(19)
elif x == 20:
    print(20)
elif x == 21:
    print(21)
elif x == 22:
    print(22)
elif x == 23:
    print(23)
elif x == 24:
    print(24)
elif x == 25:
    print(25)
elif x == 26:
    print(26)
elif x == 27:
    print(27)
elif x == 28:
    print(28)
elif x == 29:
    print(29)
elif x == 30:
    print(30)
elif x == 31:
    print(31)
elif x == 32:
    print(32)
elif x == 33:
    print(33)
elif x == 34:
    print(34)
elif x == 35:
    print(35)
elif x == 36:
    print(36)
elif x == 37:
    print(37)
elif x == 38:
    print(38)
elif x == 39:
    print(39)
elif x == 40:
    print(40)
elif x == 41:
    print(41)
elif x == 42:
    print(42)
elif x == 43:
    print(43)
elif x == 44:
    print(44)
elif x == 45:
    print(45)
elif x == 46:
    print(46)
elif x == 47:
    print(47)
elif x == 48:
    print(48)
elif x == 49:
    print(49)
elif x == 50:
    print(50)
elif x == 51:
    print(51)
elif x == 52:
    print(52)
elif x == 53:
    print(53)
elif x == 54:
    print(54)
elif x == 55:
    print(55)
elif x == 56:
    print(56)
elif x == 57:
    print(57)
elif x == 58:
    print(58)
elif x == 59:
    print(59)
elif x == 60:
    print(60)
elif x == 61:
    print(61)
elif x == 62:
    print(62)
elif x == 63:
    print(63)
elif x == 64:
    print(64)
elif x == 65:
    print(65)
elif x == 66:
    print(66)
elif x == 67:
    print(67)
elif x == 68:
    print(68)
elif x == 69:
    print(69)
elif x == 70:
    print(70)
elif x == 71:
    print(71)
elif x == 72:
    print(72)
elif x == 73:
    print(73)
elif x == 74:
    print(74)
elif x == 75:
    print(75)
elif x == 76:
    print(76)
elif x == 77:
    print(77)
elif x == 78:
    print(78)
elif x == 79:
    print(79)
elif x == 80:
    print(80)
elif x == 81:
    print(81)
elif x == 82:
    print(82)
elif x == 83:
    print(83)
elif x == 84:
    print(84)
elif x == 85:
    print(85)
elif x == 86:
    print(86)
elif x == 87:
    print(87)
elif x == 88:
    print(88)
elif x == 89:
    print(89)
elif x == 90:
    print(90)
elif x == 91:
    print(91)
elif x == 92:
    print(92)
elif x == 93:
    print(93)
elif x == 94:
    print(94)
elif x == 95:
    print(95)
elif x == 96:
    print(96)
elif x == 97:
    print(97)
elif x == 98:
    print(98)
elif x == 99:
    print(99)
elif x == 100:
    print(100)
elif x == 101:
    print(101)
elif x == 102:
    print(102)
elif x == 103:
    print(103)
elif x == 104:
    print(104)
elif x == 105:
    print(105)
elif x == 106:
    print(106)
elif x == 107:
    print(107)
elif x == 108:
    print(108)
elif x == 109:
    print(109)
elif x == 110:
    print(110)
elif x == 111:
    print(111)
elif x == 112:
    print(112)
elif x == 113:
    print(113)
elif x == 114:
    print(114)
elif x == 115:
    print(115)
elif x == 116:
    print(116)
elif x == 117:
    print(117)
elif x == 118:
    print(118)
elif x == 119:
    print(119)
elif x == 120:
    print(120)
elif x == 121:
    print(121)
elif x == 122:
    print(122)
elif x == 123:
    print(123)
elif x == 124:
    print(124)
elif x == 125:
    print(125)
elif x == 126:
    print(126)
elif x == 127:
    print(127)
elif x == 128:
    print(128)
elif x == 129:
    print(129)
elif x == 130:
    print(130)
elif x == 131:
    print(131)
elif x == 132:
    print(132)
elif x == 133:
    print(133)
elif x == 134:
    print(134)
elif x == 135:
    print(135)
elif x == 136:
    print(136)
elif x == 137:
    print(137)
elif x == 138:
    print(138)
elif x == 139:
    print(139)
elif x == 140:
    print(140)
elif x == 141:
    print(141)
elif x == 142:
    print(142)
elif x == 143:
    print(143)
elif x == 144:
    print(144)
elif x == 145:
    print(145)
elif x == 146:
    print(146)
elif x == 147:
    print(147)
elif x == 148:
    print(148)
elif x == 149:
    print(149)
elif x == 150:
    print(150)
elif x == 151:
    print(151)
elif x == 152:
    print(152)
elif x == 153:
    print(153)
elif x == 154:
    print(154)
elif x == 155:
    print(155)
elif x == 156:
    print(156)
elif x == 157:
    print(157)
elif x == 158:
    print(158)
elif x == 159:
    print(159)
elif x == 160:
    print(160)
elif x == 161:
    print(161)
elif x == 162:
    print(162)
elif x == 163:
    print(163)
elif x == 164:
    print(164)
elif x == 165:
    print(165)
elif x == 166:
    print(166)
elif x == 167:
    print(167)
elif x == 168:
    print(168)
elif x == 169:
    print(169)
elif x == 170:
    print(170)
elif x == 171:
    print(171)
elif x == 172:
    print(172)
elif x == 173:
    print(173)
elif x == 174:
    print(174)
elif x == 175:
    print(175)
elif x == 176:
    print(176)
elif x == 177:
    print(177)
elif x == 178:
    print(178)
elif x == 179:
    print(179)
elif x == 180:
    print(180)
elif x == 181:
    print(181)
elif x == 182:
    print(182)
elif x == 183:
    print(183)
elif x == 184:
    print(184)
elif x == 185:
    print(185)
elif x == 186:
    print(186)
elif x == 187:
    print(187)
elif x == 188:
    print(188)
elif x == 189:
    print(189)
elif x == 190:
    print(190)
elif x == 191:
    print(191)
elif x == 192:
    print(192)
elif x == 193:
    print(193)
elif x == 194:
    print(194)
elif x == 195:
    print(195)
elif x == 196:
    print(196)
elif x == 197:
    print(197)
elif x == 198:
    print(198)
elif x == 199:
    print(199)
elif x == 200:
    print(200)
elif x == 201:
    print(201)
elif x == 202:
    print(202)
elif x == 203:
    print(203)
elif x == 204:
    print(204)
elif x == 205:
    print(205)
elif x == 206:
    print(206)
elif x == 207:
    print(207)
elif x == 208:
    print(208)
elif x == 209:
    print(209)
elif x == 210:
    print(210)
elif x == 211:
    print(211)
elif x == 212:
    print(212)
elif x == 213:
    print(213)
elif x == 214:
    print(214)
elif x == 215:
    print(215)
elif x == 216:
    print(216)
elif x == 217:
    print(217)
elif x == 218:
    print(218)
elif x == 219:
    print(219)
elif x == 220:
    print(220)
elif x == 221:
    print(221)
elif x == 222:
    print(222)
elif x == 223:
    print(223)
elif x == 224:
    print(224)
elif x == 225:
    print(225)
elif x == 226:
    print(226)
elif x == 227:
    print(227)
elif x == 228:
    print(228)
elif x == 229:
    print(229)
elif x == 230:
    print(230)
elif x == 231:
    print(231)
elif x == 232:
    print(232)
elif x == 233:
    print(233)
elif x == 234:
    print(234)
elif x == 235:
    print(235)
elif x == 236:
    print(236)
elif x == 237:
    print(237)
elif x == 238:
    print(238)
elif x == 239:
    print(239)
elif x == 240:
    print(240)
elif x == 241:
    print(241)
elif x == 242:
    print(242)
elif x == 243:
    print(243)
elif x == 244:
    print(244)
elif x == 245:
    print(245)
elif x == 246:
    print(246)
elif x == 247:
    print(247)
elif x == 248:
    print(248)
elif x == 249:
    print(249)
elif x == 250:
    print(250)
elif x == 251:
    print(251)
elif x == 252:
    print(252)
elif x == 253:
    print(253)
elif x == 254:
    print(254)
elif x == 255:
    print(255)
elif x == 256:
    print(256)
elif x == 257:
    print(257)
elif x == 258:
    print(258)
elif x == 259:
    print(259)
elif x == 260:
    print(260)
elif x == 261:
    print(261)
elif x == 262:
    print(262)
elif x == 263:
    print(263)
elif x == 264:
    print(264)
elif x == 265:
    print(265)
elif x == 266:
    print(266)
elif x == 267:
    print(267)
elif x == 268:
    print(268)
elif x == 269:
    print(269)
elif x == 270:
    print(270)
elif x == 271:
    print(271)
elif x == 272:
    print(272)
elif x == 273:
    print(273)
elif x == 274:
    print(274)
elif x == 275:
    print(275)
elif x == 276:
    print(276)
elif x == 277:
    print(277)
elif x == 278:
    print(278)
elif x == 279:
    print(279)
elif x == 280:
    print(280)
elif x == 281:
    print(281)
elif x == 282:
    print(282)
elif x == 283:
    print(283)
elif x == 284:
    print(284)
elif x == 285:
    print(285)
elif x == 286:
    print(286)
elif x == 287:
    print(287)
elif x == 288:
    print(288)
elif x == 289:
    print(289)
elif x == 290:
    print(290)
elif x == 291:
    print(291)
elif x == 292:
    print(292)
elif x == 293:
    print(293)
elif x == 294:
    print(294)
elif x == 295:
    print(295)
elif x == 296:
    print(296)
elif x == 297:
    print(297)
elif x == 298:
    print(298)
elif x == 299:
    print(299)
elif x == 300:
    print(300)
elif x == 301:
    print(301)
elif x == 302:
    print(302)
elif x == 303:
    print(303)
elif x == 304:
    print(304)
elif x == 305:
    print(305)
elif x == 306:
    print(306)
elif x == 307:
    print(307)
elif x == 308:
    print(308)
elif x == 309:
    print(309)
elif x == 310:
    print(310)
elif x == 311:
    print(311)
elif x == 312:
    print(312)
elif x == 313:
    print(313)
elif x == 314:
    print(314)
elif x == 315:
    print(315)
elif x == 316:
    print(316)
elif x == 317:
    print(317)
elif x == 318:
    print(318)
elif x == 319:
    print(319)
elif x == 320:
    print(320)
elif x == 321:
    print(321)
elif x == 322:
    print(322)
elif x == 323:
    print(323)
elif x == 324:
    print(324)
elif x == 325:
    print(325)
elif x == 326:
    print(326)
elif x == 327:
    print(327)
elif x == 328:
    print(328)
elif x == 329:
    print(329)
elif x == 330:
    print(330)
elif x == 331:
    print(331)
elif x == 332:
    print(332)
elif x == 333:
    print(333)
elif x == 334:
    print(334)
elif x == 335:
    print(335)
elif x == 336:
    print(336)
elif x == 337:
    print(337)
elif x == 338:
    print(338)
elif x == 339:
    print(339)
elif x == 340:
    print(340)
elif x == 341:
    print(341)
elif x == 342:
    print(342)
elif x == 343:
    print(343)
elif x == 344:
    print(344)
elif x == 345:
    print(345)
elif x == 346:
    print(346)
elif x == 347:
    print(347)
elif x == 348:
    print(348)
elif x == 349:
    print(349)
elif x == 350:
    print(350)
elif x == 351:
    print(351)
elif x == 352:
    print(352)
elif x == 353:
    print(353)
elif x == 354:
    print(354)
elif x == 355:
    print(355)
elif x == 356:
    print(356)
elif x == 357:
    print(357)
elif x == 358:
    print(358)
elif x == 359:
    print(359)
elif x == 360:
    print(360)
elif x == 361:
    print(361)
elif x == 362:
    print(362)
elif x == 363:
    print(363)
elif x == 364:
    print(364)
elif x == 365:
    print(365)
elif x == 366:
    print(366)
elif x == 367:
    print(367)
elif x == 368:
    print(368)
elif x == 369:
    print(369)
elif x == 370:
    print(370)
elif x == 371:
    print(371)
elif x == 372:
    print(372)
elif x == 373:
    print(373)
elif x == 374:
    print(374)
elif x == 375:
    print(375)
elif x == 376:
    print(376)
elif x == 377:
    print(377)
elif x == 378:
    print(378)
elif x == 379:
    print(379)
elif x == 380:
    print(380)
elif x == 381:
    print(381)
elif x == 382:
    print(382)
elif x == 383:
    print(383)
elif x == 384:
    print(384)
elif x == 385:
    print(385)
elif x == 386:
    print(386)
elif x == 387:
    print(387)
elif x == 388:
    print(388)
elif x == 389:
    print(389)
elif x == 390:
    print(390)
elif x == 391:
    print(391)
elif x == 392:
    print(392)
elif x == 393:
    print(393)
elif x == 394:
    print(394)
elif x == 395:
    print(395)
elif x == 396:
    print(396)
elif x == 397:
    print(397)
elif x == 398:
    print(398)
elif x == 399:
    print(399)
elif x == 400:
    print(400)
elif x == 401:
    print(401)
elif x == 402:
    print(402)
elif x == 403:
    print(403)
elif x == 404:
    print(404)
elif x == 405:
    print(405)
elif x == 406:
    print(406)
elif x == 407:
    print(407)
elif x == 408:
    print(408)
elif x == 409:
    print(409)
elif x == 410:
    print(410)
elif x == 411:
    print(411)
elif x == 412:
    print(412)
elif x == 413:
    print(413)
elif x == 414:
    print(414)
elif x == 415:
    print(415)
elif x == 416:
    print(416)
elif x == 417:
    print(417)
elif x == 418:
    print(418)
elif x == 419:
    print(419)
elif x == 420:
    print(420)
elif x == 421:
    print(421)
elif x == 422:
    print(422)
elif x == 423:
    print(423)
elif x == 424:
    print(424)
elif x == 425:
    print(425)
elif x == 426:
    print(426)
elif x == 427:
    print(427)
elif x == 428:
    print(428)
elif x == 429:
    print(429)
elif x == 430:
    print(430)
elif x == 431:
    print(431)
elif x == 432:
    print(432)
elif x == 433:
    print(433)
elif x == 434:
    print(434)
elif x == 435:
    print(435)
elif x == 436:
    print(436)
elif x == 437:
    print(437)
elif x == 438:
    print(438)
elif x == 439:
    print(439)
elif x == 440:
    print(440)
elif x == 441:
    print(441)
elif x == 442:
    print(442)
elif x == 443:
    print(443)
elif x == 444:
    print(444)
elif x == 445:
    print(445)
elif x == 446:
    print(446)
elif x == 447:
    print(447)
elif x == 448:
    print(448)
elif x == 449:
    print(449)
elif x == 450:
    print(450)
elif x == 451:
    print(451)
elif x == 452:
    print(452)
elif x == 453:
    print(453)
elif x == 454:
    print(454)
elif x == 455:
    print(455)
elif x == 456:
    print(456)
elif x == 457:
    print(457)
elif x == 458:
    print(458)
elif x == 459:
    print(459)
elif x == 460:
    print(460)
elif x == 461:
    print(461)
elif x == 462:
    print(462)
elif x == 463:
    print(463)
elif x == 464:
    print(464)
elif x == 465:
    print(465)
elif x == 466:
    print(466)
elif x == 467:
    print(467)
elif x == 468:
    print(468)
elif x == 469:
    print(469)
elif x == 470:
    print(470)
elif x == 471:
    print(471)
elif x == 472:
    print(472)
elif x == 473:
    print(473)
elif x == 474:
    print(474)
elif x == 475:
    print(475)
elif x == 476:
    print(476)
elif x == 477:
    print(477)
elif x == 478:
    print(478)
elif x == 479:
    print(479)
elif x == 480:
    print(480)
elif x == 481:
    print(481)
elif x == 482:
    print(482)
elif x == 483:
    print(483)
elif x == 484:
    print(484)
elif x == 485:
    print(485)
elif x == 486:
    print(486)
elif x == 487:
    print(487)
elif x == 488:
    print(488)
elif x == 489:
    print(489)
elif x == 490:
    print(490)
elif x == 491:
    print(491)
elif x == 492:
    print(492)
elif x == 493:
    print(493)
elif x == 494:
    print(494)
elif x == 495:
    print(495)
elif x == 496:
    print(496)
elif x == 497:
    print(497)
elif x == 498:
    print(498)
elif x == 499:
    print(499)
elif x == 500:
    print(500)
elif x == 501:
    print(501)
elif x == 502:
    print(502)
elif x == 503:
    print(503)
elif x == 504:
    print(504)
elif x == 505:
    print(505)
elif x == 506:
    print(506)
elif x == 507:
    print(507)
elif x == 508:
    print(508)
elif x == 509:
    print(509)
elif x == 510:
    print(510)
elif x == 511:
    print(511)
elif x == 512:
    print(512)
elif x == 513:
    print(513)
elif x == 514:
    print(514)
elif x == 515:
    print(515)
elif x == 516:
    print(516)
elif x == 517:
    print(517)
elif x == 518:
    print(518)
elif x == 519:
    print(519)
elif x == 520:
    print(520)
elif x == 521:
    print(521)
elif x == 522:
    print(522)
elif x == 523:
    print(523)
elif x == 524:
    print(524)
elif x == 525:
    print(525)
elif x == 526:
    print(526)
elif x == 527:
    print(527)
elif x == 528:
    print(528)
elif x == 529:
    print(529)
elif x == 530:
    print(530)
elif x == 531:
    print(531)
elif x == 532:
    print(532)
elif x == 533:
    print(533)
elif x == 534:
    print(534)
elif x == 535:
    print(535)
elif x == 536:
    print(536)
elif x == 537:
    print(537)
elif x == 538:
    print(538)
elif x == 539:
    print(539)
elif x == 540:
    print(540)
elif x == 541:
    print(541)
elif x == 542:
    print(542)
elif x == 543:
    print(543)
elif x == 544:
    print(544)
elif x == 545:
    print(545)
elif x == 546:
    print(546)
elif x == 547:
    print(547)
elif x == 548:
    print(548)
elif x == 549:
    print(549)
elif x == 550:
    print(550)
elif x == 551:
    print(551)
elif x == 552:
    print(552)
elif x == 553:
    print(553)
elif x == 554:
    print(554)
elif x == 555:
    print(555)
elif x == 556:
    print(556)
elif x == 557:
    print(557)
elif x == 558:
    print(558)
elif x == 559:
    print(559)
elif x == 560:
    print(560)
elif x == 561:
    print(561)
elif x == 562:
    print(562)
elif x == 563:
    print(563)
elif x == 564:
    print(564)
elif x == 565:
    print(565)
elif x == 566:
    print(566)
elif x == 567:
    print(567)
elif x == 568:
    print(568)
elif x == 569:
    print(569)
elif x == 570:
    print(570)
elif x == 571:
    print(571)
elif x == 572:
    print(572)
elif x == 573:
    print(573)
elif x == 574:
    print(574)
elif x == 575:
    print(575)
elif x == 576:
    print(576)
elif x == 577:
    print(577)
elif x == 578:
    print(578)
elif x == 579:
    print(579)
elif x == 580:
    print(580)
elif x == 581:
    print(581)
elif x == 582:
    print(582)
elif x == 583:
    print(583)
elif x == 584:
    print(584)
elif x == 585:
    print(585)
elif x == 586:
    print(586)
elif x == 587:
    print(587)
elif x == 588:
    print(588)
elif x == 589:
    print(589)
elif x == 590:
    print(590)
elif x == 591:
    print(591)
elif x == 592:
    print(592)
elif x == 593:
    print(593)
elif x == 594:
    print(594)
elif x == 595:
    print(595)
elif x == 596:
    print(596)
elif x == 597:
    print(597)
elif x == 598:
    print(598)
elif x == 599:
    print(599)
elif x == 600:
    print(600)
elif x == 601:
    print(601)
elif x == 602:
    print(602)
elif x == 603:
    print(603)
elif x == 604:
    print(604)
elif x == 605:
    print(605)
elif x == 606:
    print(606)
elif x == 607:
    print(607)
elif x == 608:
    print(608)
elif x == 609:
    print(609)
elif x == 610:
    print(610)
elif x == 611:
    print(611)
elif x == 612:
    print(612)
elif x == 613:
    print(613)
elif x == 614:
    print(614)
elif x == 615:
    print(615)
elif x == 616:
    print(616)
elif x == 617:
    print(617)
elif x == 618:
    print(618)
elif x == 619:
    print(619)
elif x == 620:
    print(620)
elif x == 621:
    print(621)
elif x == 622:
    print(622)
elif x == 623:
    print(623)
elif x == 624:
    print(624)
elif x == 625:
    print(625)
elif x == 626:
    print(626)
elif x == 627:
    print(627)
elif x == 628:
    print(628)
elif x == 629:
    print(629)
elif x == 630:
    print(630)
elif x == 631:
    print(631)
elif x == 632:
    print(632)
elif x == 633:
    print(633)
elif x == 634:
    print(634)
elif x == 635:
    print(635)
elif x == 636:
    print(636)
elif x == 637:
    print(637)
elif x == 638:
    print(638)
elif x == 639:
    print(639)
elif x == 640:
    print(640)
elif x == 641:
    print(641)
elif x == 642:
    print(642)
elif x == 643:
    print(643)
elif x == 644:
    print(644)
elif x == 645:
    print(645)
elif x == 646:
    print(646)
elif x == 647:
    print(647)
elif x == 648:
    print(648)
elif x == 649:
    print(649)
elif x == 650:
    print(650)
elif x == 651:
    print(651)
elif x == 652:
    print(652)
elif x == 653:
    print(653)
elif x == 654:
    print(654)
elif x == 655:
    print(655)
elif x == 656:
    print(656)
elif x == 657:
    print(657)
elif x == 658:
    print(658)
elif x == 659:
    print(659)
elif x == 660:
    print(660)
elif x == 661:
    print(661)
elif x == 662:
    print(662)
elif x == 663:
    print(663)
elif x == 664:
    print(664)
elif x == 665:
    print(665)
elif x == 666:
    print(666)
elif x == 667:
    print(667)
elif x == 668:
    print(668)
elif x == 669:
    print(669)
elif x == 670:
    print(670)
elif x == 671:
    print(671)
elif x == 672:
    print(672)
elif x == 673:
    print(673)
elif x == 674:
    print(674)
elif x == 675:
    print(675)
elif x == 676:
    print(676)
elif x == 677:
    print(677)
elif x == 678:
    print(678)
elif x == 679:
    print(679)
elif x == 680:
    print(680)
elif x == 681:
    print(681)
elif x == 682:
    print(682)
elif x == 683:
    print(683)
elif x == 684:
    print(684)
elif x == 685:
    print(685)
elif x == 686:
    print(686)
elif x == 687:
    print(687)
elif x == 688:
    print(688)
elif x == 689:
    print(689)
elif x == 690:
    print(690)
elif x == 691:
    print(691)
elif x == 692:
    print(692)
elif x == 693:
    print(693)
elif x == 694:
    print(694)
elif x == 695:
    print(695)
elif x == 696:
    print(696)
elif x == 697:
    print(697)
elif x == 698:
    print(698)
elif x == 699:
    print(699)
elif x == 700:
    print(700)
elif x == 701:
    print(701)
elif x == 702:
    print(702)
elif x == 703:
    print(703)
elif x == 704:
    print(704)
elif x == 705:
    print(705)
elif x == 706:
    print(706)
elif x == 707:
    print(707)
elif x == 708:
    print(708)
elif x == 709:
    print(709)
elif x == 710:
    print(710)
elif x == 711:
    print(711)
elif x == 712:
    print(712)
elif x == 713:
    print(713)
elif x == 714:
    print(714)
elif x == 715:
    print(715)
elif x == 716:
    print(716)
elif x == 717:
    print(717)
elif x == 718:
    print(718)
elif x == 719:
    print(719)
elif x == 720:
    print(720)
elif x == 721:
    print(721)
elif x == 722:
    print(722)
elif x == 723:
    print(723)
elif x == 724:
    print(724)
elif x == 725:
    print(725)
elif x == 726:
    print(726)
elif x == 727:
    print(727)
elif x == 728:
    print(728)
elif x == 729:
    print(729)
elif x == 730:
    print(730)
elif x == 731:
    print(731)
elif x == 732:
    print(732)
elif x == 733:
    print(733)
elif x == 734:
    print(734)
elif x == 735:
    print(735)
elif x == 736:
    print(736)
elif x == 737:
    print(737)
elif x == 738:
    print(738)
elif x == 739:
    print(739)
elif x == 740:
    print(740)
elif x == 741:
    print(741)
elif x == 742:
    print(742)
elif x == 743:
    print(743)
elif x == 744:
    print(744)
elif x == 745:
    print(745)
elif x == 746:
    print(746)
elif x == 747:
    print(747)
elif x == 748:
    print(748)
elif x == 749:
    print(749)
elif x == 750:
    print(750)
elif x == 751:
    print(751)
elif x == 752:
    print(752)
elif x == 753:
    print(753)
elif x == 754:
    print(754)
elif x == 755:
    print(755)
elif x == 756:
    print(756)
elif x == 757:
    print(757)
elif x == 758:
    print(758)
elif x == 759:
    print(759)
elif x == 760:
    print(760)
elif x == 761:
    print(761)
elif x == 762:
    print(762)
elif x == 763:
    print(763)
elif x == 764:
    print(764)
elif x == 765:
    print(765)
elif x == 766:
    print(766)
elif x == 767:
    print(767)
elif x == 768:
    print(768)
elif x == 769:
    print(769)
elif x == 770:
    print(770)
elif x == 771:
    print(771)
elif x == 772:
    print(772)
elif x == 773:
    print(773)
elif x == 774:
    print(774)
elif x == 775:
    print(775)
elif x == 776:
    print(776)
elif x == 777:
    print(777)
elif x == 778:
    print(778)
elif x == 779:
    print(779)
elif x == 780:
    print(780)
elif x == 781:
    print(781)
elif x == 782:
    print(782)
elif x == 783:
    print(783)
elif x == 784:
    print(784)
elif x == 785:
    print(785)
elif x == 786:
    print(786)
elif x == 787:
    print(787)
elif x == 788:
    print(788)
elif x == 789:
    print(789)
elif x == 790:
    print(790)
elif x == 791:
    print(791)
elif x == 792:
    print(792)
elif x == 793:
    print(793)
elif x == 794:
    print(794)
elif x == 795:
    print(795)
elif x == 796:
    print(796)
elif x == 797:
    print(797)
elif x == 798:
    print(798)
elif x == 799:
    print(799)
elif x == 800:
    print(800)
elif x == 801:
    print(801)
elif x == 802:
    print(802)
elif x == 803:
    print(803)
elif x == 804:
    print(804)
elif x == 805:
    print(805)
elif x == 806:
    print(806)
elif x == 807:
    print(807)
elif x == 808:
    print(808)
elif x == 809:
    print(809)
elif x == 810:
    print(810)
elif x == 811:
    print(811)
elif x == 812:
    print(812)
elif x == 813:
    print(813)
elif x == 814:
    print(814)
elif x == 815:
    print(815)
elif x == 816:
    print(816)
elif x == 817:
    print(817)
elif x == 818:
    print(818)
elif x == 819:
    print(819)
elif x == 820:
    print(820)
elif x == 821:
    print(821)
elif x == 822:
    print(822)
elif x == 823:
    print(823)
elif x == 824:
    print(824)
elif x == 825:
    print(825)
elif x == 826:
    print(826)
elif x == 827:
    print(827)
elif x == 828:
    print(828)
elif x == 829:
    print(829)
elif x == 830:
    print(830)
elif x == 831:
    print(831)
elif x == 832:
    print(832)
elif x == 833:
    print(833)
elif x == 834:
    print(834)
elif x == 835:
    print(835)
elif x == 836:
    print(836)
elif x == 837:
    print(837)
elif x == 838:
    print(838)
elif x == 839:
    print(839)
elif x == 840:
    print(840)
elif x == 841:
    print(841)
elif x == 842:
    print(842)
elif x == 843:
    print(843)
elif x == 844:
    print(844)
elif x == 845:
    print(845)
elif x == 846:
    print(846)
elif x == 847:
    print(847)
elif x == 848:
    print(848)
elif x == 849:
    print(849)
elif x == 850:
    print(850)
elif x == 851:
    print(851)
elif x == 852:
    print(852)
elif x == 853:
    print(853)
elif x == 854:
    print(854)
elif x == 855:
    print(855)
elif x == 856:
    print(856)
elif x == 857:
    print(857)
elif x == 858:
    print(858)
elif x == 859:
    print(859)
elif x == 860:
    print(860)
elif x == 861:
    print(861)
elif x == 862:
    print(862)
elif x == 863:
    print(863)
elif x == 864:
    print(864)
elif x == 865:
    print(865)
elif x == 866:
    print(866)
elif x == 867:
    print(867)
elif x == 868:
    print(868)
elif x == 869:
    print(869)
elif x == 870:
    print(870)
elif x == 871:
    print(871)
elif x == 872:
    print(872)
elif x == 873:
    print(873)
elif x == 874:
    print(874)
elif x == 875:
    print(875)
elif x == 876:
    print(876)
elif x == 877:
    print(877)
elif x == 878:
    print(878)
elif x == 879:
    print(879)
elif x == 880:
    print(880)
elif x == 881:
    print(881)
elif x == 882:
    print(882)
elif x == 883:
    print(883)
elif x == 884:
    print(884)
elif x == 885:
    print(885)
elif x == 886:
    print(886)
elif x == 887:
    print(887)
elif x == 888:
    print(888)
elif x == 889:
    print(889)
elif x == 890:
    print(890)
elif x == 891:
    print(891)
elif x == 892:
    print(892)
elif x == 893:
    print(893)
elif x == 894:
    print(894)
elif x == 895:
    print(895)
elif x == 896:
    print(896)
elif x == 897:
    print(897)
elif x == 898:
    print(898)
elif x == 899:
    print(899)
elif x == 900:
    print(900)
elif x == 901:
    print(901)
elif x == 902:
    print(902)
elif x == 903:
    print(903)
elif x == 904:
    print(904)
elif x == 905:
    print(905)
elif x == 906:
    print(906)
elif x == 907:
    print(907)
elif x == 908:
    print(908)
elif x == 909:
    print(909)
elif x == 910:
    print(910)
elif x == 911:
    print(911)
elif x == 912:
    print(912)
elif x == 913:
    print(913)
elif x == 914:
    print(914)
elif x == 915:
    print(915)
elif x == 916:
    print(916)
elif x == 917:
    print(917)
elif x == 918:
    print(918)
elif x == 919:
    print(919)
elif x == 920:
    print(920)
elif x == 921:
    print(921)
elif x == 922:
    print(922)
elif x == 923:
    print(923)
elif x == 924:
    print(924)
elif x == 925:
    print(925)
elif x == 926:
    print(926)
elif x == 927:
    print(927)
elif x == 928:
    print(928)
elif x == 929:
    print(929)
elif x == 930:
    print(930)
elif x == 931:
    print(931)
elif x == 932:
    print(932)
elif x == 933:
    print(933)
elif x == 934:
    print(934)
elif x == 935:
    print(935)
elif x == 936:
    print(936)
elif x == 937:
    print(937)
elif x == 938:
    print(938)
elif x == 939:
    print(939)
elif x == 940:
    print(940)
elif x == 941:
    print(941)
elif x == 942:
    print(942)
elif x == 943:
    print(943)
elif x == 944:
    print(944)
elif x == 945:
    print(945)
elif x == 946:
    print(946)
elif x == 947:
    print(947)
elif x == 948:
    print(948)
elif x == 949:
    print(949)
elif x == 950:
    print(950)
elif x == 951:
    print(951)
elif x == 952:
    print(952)
elif x == 953:
    print(953)
elif x == 954:
    print(954)
elif x == 955:
    print(955)
elif x == 956:
    print(956)
elif x == 957:
    print(957)
elif x == 958:
    print(958)
elif x == 959:
    print(959)
elif x == 960:
    print(960)
elif x == 961:
    print(961)
elif x == 962:
    print(962)
elif x == 963:
    print(963)
elif x == 964:
    print(964)
elif x == 965:
    print(965)
elif x == 966:
    print(966)
elif x == 967:
    print(967)
elif x == 968:
    print(968)
elif x == 969:
    print(969)
elif x == 970:
    print(970)
elif x == 971:
    print(971)
elif x == 972:
    print(972)
elif x == 973:
    print(973)
elif x == 974:
    print(974)
elif x == 975:
    print(975)
elif x == 976:
    print(976)
elif x == 977:
    print(977)
elif x == 978:
    print(978)
elif x == 979:
    print(979)
elif x == 980:
    print(980)
elif x == 981:
    print(981)
elif x == 982:
    print(982)
elif x == 983:
    print(983)
elif x == 984:
    print(984)
elif x == 985:
    print(985)
elif x == 986:
    print(986)
elif x == 987:
    print(987)
elif x == 988:
    print(988)
elif x == 989:
    print(989)
elif x == 990:
    print(990)
elif x == 991:
    print(991)
elif x == 992:
    print(992)
elif x == 993:
    print(993)
elif x == 994:
    print(994)
elif x == 995:
    print(995)
elif x == 996:
    print(996)
elif x == 997:
    print(997)
elif x == 998:
    print(998)
elif x == 999:
    print(999)
elif x == 1000:
    print(1000)
elif x == 1001:
    print(1001)
elif x == 1002:
    print(1002)
elif x == 1003:
    print(1003)
elif x == 1004:
    print(1004)
elif x == 1005:
    print(1005)
elif x == 1006:
    print(1006)
elif x == 1007:
    print(1007)
elif x == 1008:
    print(1008)
elif x == 1009:
    print(1009)
elif x == 1010:
    print(1010)
elif x == 1011:
    print(1011)
elif x == 1012:
    print(1012)
elif x == 1013:
    print(1013)
elif x == 1014:
    print(1014)
elif x == 1015:
    print(1015)
elif x == 1016:
    print(1016)
elif x == 1017:
    print(1017)
elif x == 1018:
    print(1018)
elif x == 1019:
    print(1019)
elif x == 1020:
    print(1020)
elif x == 1021:
    print(1021)
elif x == 1022:
    print(1022)
elif x == 1023:
    print(1023)
elif x == 1024:
    print(1024)
elif x == 1025:
    print(1025)
elif x == 1026:
    print(1026)
elif x == 1027:
    print(1027)
elif x == 1028:
    print(1028)
elif x == 1029:
    print(1029)
elif x == 1030:
    print(1030)
elif x == 1031:
    print(1031)
elif x == 1032:
    print(1032)
elif x == 1033:
    print(1033)
elif x == 1034:
    print(1034)
elif x == 1035:
    print(1035)
elif x == 1036:
    print(1036)
elif x == 1037:
    print(1037)
elif x == 1038:
    print(1038)
elif x == 1039:
    print(1039)
elif x == 1040:
    print(1040)
elif x == 1041:
    print(1041)
elif x == 1042:
    print(1042)
elif x == 1043:
    print(1043)
elif x == 1044:
    print(1044)
elif x == 1045:
    print(1045)
elif x == 1046:
    print(1046)
elif x == 1047:
    print(1047)
elif x == 1048:
    print(1048)
elif x == 1049:
    print(1049)
elif x == 1050:
    print(1050)
elif x == 1051:
    print(1051)
elif x == 1052:
    print(1052)
elif x == 1053:
    print(1053)
elif x == 1054:
    print(1054)
elif x == 1055:
    print(1055)
elif x == 1056:
    print(1056)
elif x == 1057:
    print(1057)
elif x == 1058:
    print(1058)
elif x == 1059:
    print(1059)
elif x == 1060:
    print(1060)
elif x == 1061:
    print(1061)
elif x == 1062:
    print(1062)
elif x == 1063:
    print(1063)
elif x == 1064:
    print(1064)
elif x == 1065:
    print(1065)
elif x == 1066:
    print(1066)
elif x == 1067:
    print(1067)
elif x == 1068:
    print(1068)
elif x == 1069:
    print(1069)
elif x == 1070:
    print(1070)
elif x == 1071:
    print(1071)
elif x == 1072:
    print(1072)
elif x == 1073:
    print(1073)
elif x == 1074:
    print(1074)
elif x == 1075:
    print(1075)
elif x == 1076:
    print(1076)
elif x == 1077:
    print(1077)
elif x == 1078:
    print(1078)
elif x == 1079:
    print(1079)
elif x == 1080:
    print(1080)
elif x == 1081:
    print(1081)
elif x == 1082:
    print(1082)
elif x == 1083:
    print(1083)
elif x == 1084:
    print(1084)
elif x == 1085:
    print(1085)
elif x == 1086:
    print(1086)
elif x == 1087:
    print(1087)
elif x == 1088:
    print(1088)
elif x == 1089:
    print(1089)
elif x == 1090:
    print(1090)
elif x == 1091:
    print(1091)
elif x == 1092:
    print(1092)
elif x == 1093:
    print(1093)
elif x == 1094:
    print(1094)
elif x == 1095:
    print(1095)
elif x == 1096:
    print(1096)
elif x == 1097:
    print(1097)
elif x == 1098:
    print(1098)
elif x == 1099:
    print(1099)
elif x == 1100:
    print(1100)
elif x == 1101:
    print(1101)
elif x == 1102:
    print(1102)
elif x == 1103:
    print(1103)
elif x == 1104:
    print(1104)
elif x == 1105:
    print(1105)
elif x == 1106:
    print(1106)
elif x == 1107:
    print(1107)
elif x == 1108:
    print(1108)
elif x == 1109:
    print(1109)
elif x == 1110:
    print(1110)
elif x == 1111:
    print(1111)
elif x == 1112:
    print(1112)
elif x == 1113:
    print(1113)
elif x == 1114:
    print(1114)
elif x == 1115:
    print(1115)
elif x == 1116:
    print(1116)
elif x == 1117:
    print(1117)
elif x == 1118:
    print(1118)
elif x == 1119:
    print(1119)
elif x == 1120:
    print(1120)
elif x == 1121:
    print(1121)
elif x == 1122:
    print(1122)
elif x == 1123:
    print(1123)
elif x == 1124:
    print(1124)
elif x == 1125:
    print(1125)
elif x == 1126:
    print(1126)
elif x == 1127:
    print(1127)
elif x == 1128:
    print(1128)
elif x == 1129:
    print(1129)
elif x == 1130:
    print(1130)
elif x == 1131:
    print(1131)
elif x == 1132:
    print(1132)
elif x == 1133:
    print(1133)
elif x == 1134:
    print(1134)
elif x == 1135:
    print(1135)
elif x == 1136:
    print(1136)
elif x == 1137:
    print(1137)
elif x == 1138:
    print(1138)
elif x == 1139:
    print(1139)
elif x == 1140:
    print(1140)
elif x == 1141:
    print(1141)
elif x == 1142:
    print(1142)
elif x == 1143:
    print(1143)
elif x == 1144:
    print(1144)
elif x == 1145:
    print(1145)
elif x == 1146:
    print(1146)
elif x == 1147:
    print(1147)
elif x == 1148:
    print(1148)
elif x == 1149:
    print(1149)
elif x == 1150:
    print(1150)
elif x == 1151:
    print(1151)
elif x == 1152:
    print(1152)
elif x == 1153:
    print(1153)
elif x == 1154:
    print(1154)
elif x == 1155:
    print(1155)
elif x == 1156:
    print(1156)
elif x == 1157:
    print(1157)
elif x == 1158:
    print(1158)
elif x == 1159:
    print(1159)
elif x == 1160:
    print(1160)
elif x == 1161:
    print(1161)
elif x == 1162:
    print(1162)
elif x == 1163:
    print(1163)
elif x == 1164:
    print(1164)
elif x == 1165:
    print(1165)
elif x == 1166:
    print(1166)
elif x == 1167:
    print(1167)
elif x == 1168:
    print(1168)
elif x == 1169:
    print(1169)
elif x == 1170:
    print(1170)
elif x == 1171:
    print(1171)
elif x == 1172:
    print(1172)
elif x == 1173:
    print(1173)
elif x == 1174:
    print(1174)
elif x == 1175:
    print(1175)
elif x == 1176:
    print(1176)
elif x == 1177:
    print(1177)
elif x == 1178:
    print(1178)
elif x == 1179:
    print(1179)
elif x == 1180:
    print(1180)
elif x == 1181:
    print(1181)
elif x == 1182:
    print(1182)
elif x == 1183:
    print(1183)
elif x == 1184:
    print(1184)
elif x == 1185:
    print(1185)
elif x == 1186:
    print(1186)
elif x == 1187:
    print(1187)
elif x == 1188:
    print(1188)
elif x == 1189:
    print(1189)
elif x == 1190:
    print(1190)
elif x == 1191:
    print(1191)
elif x == 1192:
    print(1192)
elif x == 1193:
    print(1193)
elif x == 1194:
    print(1194)
elif x == 1195:
    print(1195)
elif x == 1196:
    print(1196)
elif x == 1197:
    print(1197)
elif x == 1198:
    print(1198)
elif x == 1199:
    print(1199)
elif x == 1200:
    print(1200)
elif x == 1201:
    print(1201)
elif x == 1202:
    print(1202)
elif x == 1203:
    print(1203)
elif x == 1204:
    print(1204)
elif x == 1205:
    print(1205)
elif x == 1206:
    print(1206)
elif x == 1207:
    print(1207)
elif x == 1208:
    print(1208)
elif x == 1209:
    print(1209)
elif x == 1210:
    print(1210)
elif x == 1211:
    print(1211)
elif x == 1212:
    print(1212)
elif x == 1213:
    print(1213)
elif x == 1214:
    print(1214)
elif x == 1215:
    print(1215)
elif x == 1216:
    print(1216)
elif x == 1217:
    print(1217)
elif x == 1218:
    print(1218)
elif x == 1219:
    print(1219)
elif x == 1220:
    print(1220)
elif x == 1221:
    print(1221)
elif x == 1222:
    print(1222)
elif x == 1223:
    print(1223)
elif x == 1224:
    print(1224)
elif x == 1225:
    print(1225)
elif x == 1226:
    print(1226)
elif x == 1227:
    print(1227)
elif x == 1228:
    print(1228)
elif x == 1229:
    print(1229)
elif x == 1230:
    print(1230)
elif x == 1231:
    print(1231)
elif x == 1232:
    print(1232)
elif x == 1233:
    print(1233)
elif x == 1234:
    print(1234)
elif x == 1235:
    print(1235)
elif x == 1236:
    print(1236)
elif x == 1237:
    print(1237)
elif x == 1238:
    print(1238)
elif x == 1239:
    print(1239)
elif x == 1240:
    print(1240)
elif x == 1241:
    print(1241)
elif x == 1242:
    print(1242)
elif x == 1243:
    print(1243)
elif x == 1244:
    print(1244)
elif x == 1245:
    print(1245)
elif x == 1246:
    print(1246)
elif x == 1247:
    print(1247)
elif x == 1248:
    print(1248)
elif x == 1249:
    print(1249)
elif x == 1250:
    print(1250)
elif x == 1251:
    print(1251)
elif x == 1252:
    print(1252)
elif x == 1253:
    print(1253)
elif x == 1254:
    print(1254)
elif x == 1255:
    print(1255)
elif x == 1256:
    print(1256)
elif x == 1257:
    print(1257)
elif x == 1258:
    print(1258)
elif x == 1259:
    print(1259)
elif x == 1260:
    print(1260)
elif x == 1261:
    print(1261)
elif x == 1262:
    print(1262)
elif x == 1263:
    print(1263)
elif x == 1264:
    print(1264)
elif x == 1265:
    print(1265)
elif x == 1266:
    print(1266)
elif x == 1267:
    print(1267)
elif x == 1268:
    print(1268)
elif x == 1269:
    print(1269)
elif x == 1270:
    print(1270)
elif x == 1271:
    print(1271)
elif x == 1272:
    print(1272)
elif x == 1273:
    print(1273)
elif x == 1274:
    print(1274)
elif x == 1275:
    print(1275)
elif x == 1276:
    print(1276)
elif x == 1277:
    print(1277)
elif x == 1278:
    print(1278)
elif x == 1279:
    print(1279)
elif x == 1280:
    print(1280)
elif x == 1281:
    print(1281)
elif x == 1282:
    print(1282)
elif x == 1283:
    print(1283)
elif x == 1284:
    print(1284)
elif x == 1285:
    print(1285)
elif x == 1286:
    print(1286)
elif x == 1287:
    print(1287)
elif x == 1288:
    print(1288)
elif x == 1289:
    print(1289)
elif x == 1290:
    print(1290)
elif x == 1291:
    print(1291)
elif x == 1292:
    print(1292)
elif x == 1293:
    print(1293)
elif x == 1294:
    print(1294)
elif x == 1295:
    print(1295)
elif x == 1296:
    print(1296)
elif x == 1297:
    print(1297)
elif x == 1298:
    print(1298)
elif x == 1299:
    print(1299)
elif x == 1300:
    print(1300)
elif x == 1301:
    print(1301)
elif x == 1302:
    print(1302)
elif x == 1303:
    print(1303)
elif x == 1304:
    print(1304)
elif x == 1305:
    print(1305)
elif x == 1306:
    print(1306)
elif x == 1307:
    print(1307)
elif x == 1308:
    print(1308)
elif x == 1309:
    print(1309)
elif x == 1310:
    print(1310)
elif x == 1311:
    print(1311)
elif x == 1312:
    print(1312)
elif x == 1313:
    print(1313)
elif x == 1314:
    print(1314)
elif x == 1315:
    print(1315)
elif x == 1316:
    print(1316)
elif x == 1317:
    print(1317)
elif x == 1318:
    print(1318)
elif x == 1319:
    print(1319)
elif x == 1320:
    print(1320)
elif x == 1321:
    print(1321)
elif x == 1322:
    print(1322)
elif x == 1323:
    print(1323)
elif x == 1324:
    print(1324)
elif x == 1325:
    print(1325)
elif x == 1326:
    print(1326)
elif x == 1327:
    print(1327)
elif x == 1328:
    print(1328)
elif x == 1329:
    print(1329)
elif x == 1330:
    print(1330)
elif x == 1331:
    print(1331)
elif x == 1332:
    print(1332)
elif x == 1333:
    print(1333)
elif x == 1334:
    print(1334)
elif x == 1335:
    print(1335)
elif x == 1336:
    print(1336)
elif x == 1337:
    print(1337)
elif x == 1338:
    print(1338)
elif x == 1339:
    print(1339)
elif x == 1340:
    print(1340)
elif x == 1341:
    print(1341)
elif x == 1342:
    print(1342)
elif x == 1343:
    print(1343)
elif x == 1344:
    print(1344)
elif x == 1345:
    print(1345)
elif x == 1346:
    print(1346)
elif x == 1347:
    print(1347)
elif x == 1348:
    print(1348)
elif x == 1349:
    print(1349)
elif x == 1350:
    print(1350)
elif x == 1351:
    print(1351)
elif x == 1352:
    print(1352)
elif x == 1353:
    print(1353)
elif x == 1354:
    print(1354)
elif x == 1355:
    print(1355)
elif x == 1356:
    print(1356)
elif x == 1357:
    print(1357)
elif x == 1358:
    print(1358)
elif x == 1359:
    print(1359)
elif x == 1360:
    print(1360)
elif x == 1361:
    print(1361)
elif x == 1362:
    print(1362)
elif x == 1363:
    print(1363)
elif x == 1364:
    print(1364)
elif x == 1365:
    print(1365)
elif x == 1366:
    print(1366)
elif x == 1367:
    print(1367)
elif x == 1368:
    print(1368)
elif x == 1369:
    print(1369)
elif x == 1370:
    print(1370)
elif x == 1371:
    print(1371)
elif x == 1372:
    print(1372)
elif x == 1373:
    print(1373)
elif x == 1374:
    print(1374)
elif x == 1375:
    print(1375)
elif x == 1376:
    print(1376)
elif x == 1377:
    print(1377)
elif x == 1378:
    print(1378)
elif x == 1379:
    print(1379)
elif x == 1380:
    print(1380)
elif x == 1381:
    print(1381)
elif x == 1382:
    print(1382)
elif x == 1383:
    print(1383)
elif x == 1384:
    print(1384)
elif x == 1385:
    print(1385)
elif x == 1386:
    print(1386)
elif x == 1387:
    print(1387)
elif x == 1388:
    print(1388)
elif x == 1389:
    print(1389)
elif x == 1390:
    print(1390)
elif x == 1391:
    print(1391)
elif x == 1392:
    print(1392)
elif x == 1393:
    print(1393)
elif x == 1394:
    print(1394)
elif x == 1395:
    print(1395)
elif x == 1396:
    print(1396)
elif x == 1397:
    print(1397)
elif x == 1398:
    print(1398)
elif x == 1399:
    print(1399)
elif x == 1400:
    print(1400)
elif x == 1401:
    print(1401)
elif x == 1402:
    print(1402)
elif x == 1403:
    print(1403)
elif x == 1404:
    print(1404)
elif x == 1405:
    print(1405)
elif x == 1406:
    print(1406)
elif x == 1407:
    print(1407)
elif x == 1408:
    print(1408)
elif x == 1409:
    print(1409)
elif x == 1410:
    print(1410)
elif x == 1411:
    print(1411)
elif x == 1412:
    print(1412)
elif x == 1413:
    print(1413)
elif x == 1414:
    print(1414)
elif x == 1415:
    print(1415)
elif x == 1416:
    print(1416)
elif x == 1417:
    print(1417)
elif x == 1418:
    print(1418)
elif x == 1419:
    print(1419)
elif x == 1420:
    print(1420)
elif x == 1421:
    print(1421)
elif x == 1422:
    print(1422)
elif x == 1423:
    print(1423)
elif x == 1424:
    print(1424)
elif x == 1425:
    print(1425)
elif x == 1426:
    print(1426)
elif x == 1427:
    print(1427)
elif x == 1428:
    print(1428)
elif x == 1429:
    print(1429)
elif x == 1430:
    print(1430)
elif x == 1431:
    print(1431)
elif x == 1432:
    print(1432)
elif x == 1433:
    print(1433)
elif x == 1434:
    print(1434)
elif x == 1435:
    print(1435)
elif x == 1436:
    print(1436)
elif x == 1437:
    print(1437)
elif x == 1438:
    print(1438)
elif x == 1439:
    print(1439)
elif x == 1440:
    print(1440)
elif x == 1441:
    print(1441)
elif x == 1442:
    print(1442)
elif x == 1443:
    print(1443)
elif x == 1444:
    print(1444)
elif x == 1445:
    print(1445)
elif x == 1446:
    print(1446)
elif x == 1447:
    print(1447)
elif x == 1448:
    print(1448)
elif x == 1449:
    print(1449)
elif x == 1450:
    print(1450)
elif x == 1451:
    print(1451)
elif x == 1452:
    print(1452)
elif x == 1453:
    print(1453)
elif x == 1454:
    print(1454)
elif x == 1455:
    print(1455)
elif x == 1456:
    print(1456)
elif x == 1457:
    print(1457)
elif x == 1458:
    print(1458)
elif x == 1459:
    print(1459)
elif x == 1460:
    print(1460)
elif x == 1461:
    print(1461)
elif x == 1462:
    print(1462)
elif x == 1463:
    print(1463)
elif x == 1464:
    print(1464)
elif x == 1465:
    print(1465)
elif x == 1466:
    print(1466)
elif x == 1467:
    print(1467)
elif x == 1468:
    print(1468)
elif x == 1469:
    print(1469)
elif x == 1470:
    print(1470)
elif x == 1471:
    print(1471)
elif x == 1472:
    print(1472)
elif x == 1473:
    print(1473)
elif x == 1474:
    print(1474)
elif x == 1475:
    print(1475)
elif x == 1476:
    print(1476)
elif x == 1477:
    print(1477)
elif x == 1478:
    print(1478)
elif x == 1479:
    print(1479)
elif x == 1480:
    print(1480)
elif x == 1481:
    print(1481)
elif x == 1482:
    print(1482)
elif x == 1483:
    print(1483)
elif x == 1484:
    print(1484)
elif x == 1485:
    print(1485)
elif x == 1486:
    print(1486)
elif x == 1487:
    print(1487)
elif x == 1488:
    print(1488)
elif x == 1489:
    print(1489)
elif x == 1490:
    print(1490)
elif x == 1491:
    print(1491)
elif x == 1492:
    print(1492)
elif x == 1493:
    print(1493)
elif x == 1494:
    print(1494)
elif x == 1495:
    print(1495)
elif x == 1496:
    print(1496)
elif x == 1497:
    print(1497)
elif x == 1498:
    print(1498)
elif x == 1499:
    print(1499)
elif x == 1500:
    print(1500)
elif x == 1501:
    print(1501)
elif x == 1502:
    print(1502)
elif x == 1503:
    print(1503)
elif x == 1504:
    print(1504)
elif x == 1505:
    print(1505)
elif x == 1506:
    print(1506)
elif x == 1507:
    print(1507)
elif x == 1508:
    print(1508)
elif x == 1509:
    print(1509)
elif x == 1510:
    print(1510)
elif x == 1511:
    print(1511)
elif x == 1512:
    print(1512)
elif x == 1513:
    print(1513)
elif x == 1514:
    print(1514)
elif x == 1515:
    print(1515)
elif x == 1516:
    print(1516)
elif x == 1517:
    print(1517)
elif x == 1518:
    print(1518)
elif x == 1519:
    print(1519)
elif x == 1520:
    print(1520)
elif x == 1521:
    print(1521)
elif x == 1522:
    print(1522)
elif x == 1523:
    print(1523)
elif x == 1524:
    print(1524)
elif x == 1525:
    print(1525)
elif x == 1526:
    print(1526)
elif x == 1527:
    print(1527)
elif x == 1528:
    print(1528)
elif x == 1529:
    print(1529)
elif x == 1530:
    print(1530)
elif x == 1531:
    print(1531)
elif x == 1532:
    print(1532)
elif x == 1533:
    print(1533)
elif x == 1534:
    print(1534)
elif x == 1535:
    print(1535)
elif x == 1536:
    print(1536)
elif x == 1537:
    print(1537)
elif x == 1538:
    print(1538)
elif x == 1539:
    print(1539)
elif x == 1540:
    print(1540)
elif x == 1541:
    print(1541)
elif x == 1542:
    print(1542)
elif x == 1543:
    print(1543)
elif x == 1544:
    print(1544)
elif x == 1545:
    print(1545)
elif x == 1546:
    print(1546)
elif x == 1547:
    print(1547)
elif x == 1548:
    print(1548)
elif x == 1549:
    print(1549)
elif x == 1550:
    print(1550)
elif x == 1551:
    print(1551)
elif x == 1552:
    print(1552)
elif x == 1553:
    print(1553)
elif x == 1554:
    print(1554)
elif x == 1555:
    print(1555)
elif x == 1556:
    print(1556)
elif x == 1557:
    print(1557)
elif x == 1558:
    print(1558)
elif x == 1559:
    print(1559)
elif x == 1560:
    print(1560)
elif x == 1561:
    print(1561)
elif x == 1562:
    print(1562)
elif x == 1563:
    print(1563)
elif x == 1564:
    print(1564)
elif x == 1565:
    print(1565)
elif x == 1566:
    print(1566)
elif x == 1567:
    print(1567)
elif x == 1568:
    print(1568)
elif x == 1569:
    print(1569)
elif x == 1570:
    print(1570)
elif x == 1571:
    print(1571)
elif x == 1572:
    print(1572)
elif x == 1573:
    print(1573)
elif x == 1574:
    print(1574)
elif x == 1575:
    print(1575)
elif x == 1576:
    print(1576)
elif x == 1577:
    print(1577)
elif x == 1578:
    print(1578)
elif x == 1579:
    print(1579)
elif x == 1580:
    print(1580)
elif x == 1581:
    print(1581)
elif x == 1582:
    print(1582)
elif x == 1583:
    print(1583)
elif x == 1584:
    print(1584)
elif x == 1585:
    print(1585)
elif x == 1586:
    print(1586)
elif x == 1587:
    print(1587)
elif x == 1588:
    print(1588)
elif x == 1589:
    print(1589)
elif x == 1590:
    print(1590)
elif x == 1591:
    print(1591)
elif x == 1592:
    print(1592)
elif x == 1593:
    print(1593)
elif x == 1594:
    print(1594)
elif x == 1595:
    print(1595)
elif x == 1596:
    print(1596)
elif x == 1597:
    print(1597)
elif x == 1598:
    print(1598)
elif x == 1599:
    print(1599)
elif x == 1600:
    print(1600)
elif x == 1601:
    print(1601)
elif x == 1602:
    print(1602)
elif x == 1603:
    print(1603)
elif x == 1604:
    print(1604)
elif x == 1605:
    print(1605)
elif x == 1606:
    print(1606)
elif x == 1607:
    print(1607)
elif x == 1608:
    print(1608)
elif x == 1609:
    print(1609)
elif x == 1610:
    print(1610)
elif x == 1611:
    print(1611)
elif x == 1612:
    print(1612)
elif x == 1613:
    print(1613)
elif x == 1614:
    print(1614)
elif x == 1615:
    print(1615)
elif x == 1616:
    print(1616)
elif x == 1617:
    print(1617)
elif x == 1618:
    print(1618)
elif x == 1619:
    print(1619)
elif x == 1620:
    print(1620)
elif x == 1621:
    print(1621)
elif x == 1622:
    print(1622)
elif x == 1623:
    print(1623)
elif x == 1624:
    print(1624)
elif x == 1625:
    print(1625)
elif x == 1626:
    print(1626)
elif x == 1627:
    print(1627)
elif x == 1628:
    print(1628)
elif x == 1629:
    print(1629)
elif x == 1630:
    print(1630)
elif x == 1631:
    print(1631)
elif x == 1632:
    print(1632)
elif x == 1633:
    print(1633)
elif x == 1634:
    print(1634)
elif x == 1635:
    print(1635)
elif x == 1636:
    print(1636)
elif x == 1637:
    print(1637)
elif x == 1638:
    print(1638)
elif x == 1639:
    print(1639)
elif x == 1640:
    print(1640)
elif x == 1641:
    print(1641)
elif x == 1642:
    print(1642)
elif x == 1643:
    print(1643)
elif x == 1644:
    print(1644)
elif x == 1645:
    print(1645)
elif x == 1646:
    print(1646)
elif x == 1647:
    print(1647)
elif x == 1648:
    print(1648)
elif x == 1649:
    print(1649)
elif x == 1650:
    print(1650)
elif x == 1651:
    print(1651)
elif x == 1652:
    print(1652)
elif x == 1653:
    print(1653)
elif x == 1654:
    print(1654)
elif x == 1655:
    print(1655)
elif x == 1656:
    print(1656)
elif x == 1657:
    print(1657)
elif x == 1658:
    print(1658)
elif x == 1659:
    print(1659)
elif x == 1660:
    print(1660)
elif x == 1661:
    print(1661)
elif x == 1662:
    print(1662)
elif x == 1663:
    print(1663)
elif x == 1664:
    print(1664)
elif x == 1665:
    print(1665)
elif x == 1666:
    print(1666)
elif x == 1667:
    print(1667)
elif x == 1668:
    print(1668)
elif x == 1669:
    print(1669)
elif x == 1670:
    print(1670)
elif x == 1671:
    print(1671)
elif x == 1672:
    print(1672)
elif x == 1673:
    print(1673)
elif x == 1674:
    print(1674)
elif x == 1675:
    print(1675)
elif x == 1676:
    print(1676)
elif x == 1677:
    print(1677)
elif x == 1678:
    print(1678)
elif x == 1679:
    print(1679)
elif x == 1680:
    print(1680)
elif x == 1681:
    print(1681)
elif x == 1682:
    print(1682)
elif x == 1683:
    print(1683)
elif x == 1684:
    print(1684)
elif x == 1685:
    print(1685)
elif x == 1686:
    print(1686)
elif x == 1687:
    print(1687)
elif x == 1688:
    print(1688)
elif x == 1689:
    print(1689)
elif x == 1690:
    print(1690)
elif x == 1691:
    print(1691)
elif x == 1692:
    print(1692)
elif x == 1693:
    print(1693)
elif x == 1694:
    print(1694)
elif x == 1695:
    print(1695)
elif x == 1696:
    print(1696)
elif x == 1697:
    print(1697)
elif x == 1698:
    print(1698)
elif x == 1699:
    print(1699)
elif x == 1700:
    print(1700)
elif x == 1701:
    print(1701)
elif x == 1702:
    print(1702)
elif x == 1703:
    print(1703)
elif x == 1704:
    print(1704)
elif x == 1705:
    print(1705)
elif x == 1706:
    print(1706)
elif x == 1707:
    print(1707)
elif x == 1708:
    print(1708)
elif x == 1709:
    print(1709)
elif x == 1710:
    print(1710)
elif x == 1711:
    print(1711)
elif x == 1712:
    print(1712)
elif x == 1713:
    print(1713)
elif x == 1714:
    print(1714)
elif x == 1715:
    print(1715)
elif x == 1716:
    print(1716)
elif x == 1717:
    print(1717)
elif x == 1718:
    print(1718)
elif x == 1719:
    print(1719)
elif x == 1720:
    print(1720)
elif x == 1721:
    print(1721)
elif x == 1722:
    print(1722)
elif x == 1723:
    print(1723)
elif x == 1724:
    print(1724)
elif x == 1725:
    print(1725)
elif x == 1726:
    print(1726)
elif x == 1727:
    print(1727)
elif x == 1728:
    print(1728)
elif x == 1729:
    print(1729)
elif x == 1730:
    print(1730)
elif x == 1731:
    print(1731)
elif x == 1732:
    print(1732)
elif x == 1733:
    print(1733)
elif x == 1734:
    print(1734)
elif x == 1735:
    print(1735)
elif x == 1736:
    print(1736)
elif x == 1737:
    print(1737)
elif x == 1738:
    print(1738)
elif x == 1739:
    print(1739)
elif x == 1740:
    print(1740)
elif x == 1741:
    print(1741)
elif x == 1742:
    print(1742)
elif x == 1743:
    print(1743)
elif x == 1744:
    print(1744)
elif x == 1745:
    print(1745)
elif x == 1746:
    print(1746)
elif x == 1747:
    print(1747)
elif x == 1748:
    print(1748)
elif x == 1749:
    print(1749)
elif x == 1750:
    print(1750)
elif x == 1751:
    print(1751)
elif x == 1752:
    print(1752)
elif x == 1753:
    print(1753)
elif x == 1754:
    print(1754)
elif x == 1755:
    print(1755)
elif x == 1756:
    print(1756)
elif x == 1757:
    print(1757)
elif x == 1758:
    print(1758)
elif x == 1759:
    print(1759)
elif x == 1760:
    print(1760)
elif x == 1761:
    print(1761)
elif x == 1762:
    print(1762)
elif x == 1763:
    print(1763)
elif x == 1764:
    print(1764)
elif x == 1765:
    print(1765)
elif x == 1766:
    print(1766)
elif x == 1767:
    print(1767)
elif x == 1768:
    print(1768)
elif x == 1769:
    print(1769)
elif x == 1770:
    print(1770)
elif x == 1771:
    print(1771)
elif x == 1772:
    print(1772)
elif x == 1773:
    print(1773)
elif x == 1774:
    print(1774)
elif x == 1775:
    print(1775)
elif x == 1776:
    print(1776)
elif x == 1777:
    print(1777)
elif x == 1778:
    print(1778)
elif x == 1779:
    print(1779)
elif x == 1780:
    print(1780)
elif x == 1781:
    print(1781)
elif x == 1782:
    print(1782)
elif x == 1783:
    print(1783)
elif x == 1784:
    print(1784)
elif x == 1785:
    print(1785)
elif x == 1786:
    print(1786)
elif x == 1787:
    print(1787)
elif x == 1788:
    print(1788)
elif x == 1789:
    print(1789)
elif x == 1790:
    print(1790)
elif x == 1791:
    print(1791)
elif x == 1792:
    print(1792)
elif x == 1793:
    print(1793)
elif x == 1794:
    print(1794)
elif x == 1795:
    print(1795)
elif x == 1796:
    print(1796)
elif x == 1797:
    print(1797)
elif x == 1798:
    print(1798)
elif x == 1799:
    print(1799)
elif x == 1800:
    print(1800)
elif x == 1801:
    print(1801)
elif x == 1802:
    print(1802)
elif x == 1803:
    print(1803)
elif x == 1804:
    print(1804)
elif x == 1805:
    print(1805)
elif x == 1806:
    print(1806)
elif x == 1807:
    print(1807)
elif x == 1808:
    print(1808)
elif x == 1809:
    print(1809)
elif x == 1810:
    print(1810)
elif x == 1811:
    print(1811)
elif x == 1812:
    print(1812)
elif x == 1813:
    print(1813)
elif x == 1814:
    print(1814)
elif x == 1815:
    print(1815)
elif x == 1816:
    print(1816)
elif x == 1817:
    print(1817)
elif x == 1818:
    print(1818)
elif x == 1819:
    print(1819)
elif x == 1820:
    print(1820)
elif x == 1821:
    print(1821)
elif x == 1822:
    print(1822)
elif x == 1823:
    print(1823)
elif x == 1824:
    print(1824)
elif x == 1825:
    print(1825)
elif x == 1826:
    print(1826)
elif x == 1827:
    print(1827)
elif x == 1828:
    print(1828)
elif x == 1829:
    print(1829)
elif x == 1830:
    print(1830)
elif x == 1831:
    print(1831)
elif x == 1832:
    print(1832)
elif x == 1833:
    print(1833)
elif x == 1834:
    print(1834)
elif x == 1835:
    print(1835)
elif x == 1836:
    print(1836)
elif x == 1837:
    print(1837)
elif x == 1838:
    print(1838)
elif x == 1839:
    print(1839)
elif x == 1840:
    print(1840)
elif x == 1841:
    print(1841)
elif x == 1842:
    print(1842)
elif x == 1843:
    print(1843)
elif x == 1844:
    print(1844)
elif x == 1845:
    print(1845)
elif x == 1846:
    print(1846)
elif x == 1847:
    print(1847)
elif x == 1848:
    print(1848)
elif x == 1849:
    print(1849)
elif x == 1850:
    print(1850)
elif x == 1851:
    print(1851)
elif x == 1852:
    print(1852)
elif x == 1853:
    print(1853)
elif x == 1854:
    print(1854)
elif x == 1855:
    print(1855)
elif x == 1856:
    print(1856)
elif x == 1857:
    print(1857)
elif x == 1858:
    print(1858)
elif x == 1859:
    print(1859)
elif x == 1860:
    print(1860)
elif x == 1861:
    print(1861)
elif x == 1862:
    print(1862)
elif x == 1863:
    print(1863)
elif x == 1864:
    print(1864)
elif x == 1865:
    print(1865)
elif x == 1866:
    print(1866)
elif x == 1867:
    print(1867)
elif x == 1868:
    print(1868)
elif x == 1869:
    print(1869)
elif x == 1870:
    print(1870)
elif x == 1871:
    print(1871)
elif x == 1872:
    print(1872)
elif x == 1873:
    print(1873)
elif x == 1874:
    print(1874)
elif x == 1875:
    print(1875)
elif x == 1876:
    print(1876)
elif x == 1877:
    print(1877)
elif x == 1878:
    print(1878)
elif x == 1879:
    print(1879)
elif x == 1880:
    print(1880)
elif x == 1881:
    print(1881)
elif x == 1882:
    print(1882)
elif x == 1883:
    print(1883)
elif x == 1884:
    print(1884)
elif x == 1885:
    print(1885)
elif x == 1886:
    print(1886)
elif x == 1887:
    print(1887)
elif x == 1888:
    print(1888)
elif x == 1889:
    print(1889)
elif x == 1890:
    print(1890)
elif x == 1891:
    print(1891)
elif x == 1892:
    print(1892)
elif x == 1893:
    print(1893)
elif x == 1894:
    print(1894)
elif x == 1895:
    print(1895)
elif x == 1896:
    print(1896)
elif x == 1897:
    print(1897)
elif x == 1898:
    print(1898)
elif x == 1899:
    print(1899)
elif x == 1900:
    print(1900)
elif x == 1901:
    print(1901)
elif x == 1902:
    print(1902)
elif x == 1903:
    print(1903)
elif x == 1904:
    print(1904)
elif x == 1905:
    print(1905)
elif x == 1906:
    print(1906)
elif x == 1907:
    print(1907)
elif x == 1908:
    print(1908)
elif x == 1909:
    print(1909)
elif x == 1910:
    print(1910)
elif x == 1911:
    print(1911)
elif x == 1912:
    print(1912)
elif x == 1913:
    print(1913)
elif x == 1914:
    print(1914)
elif x == 1915:
    print(1915)
elif x == 1916:
    print(1916)
elif x == 1917:
    print(1917)
elif x == 1918:
    print(1918)
elif x == 1919:
    print(1919)
elif x == 1920:
    print(1920)
elif x == 1921:
    print(1921)
elif x == 1922:
    print(1922)
elif x == 1923:
    print(1923)
elif x == 1924:
    print(1924)
elif x == 1925:
    print(1925)
elif x == 1926:
    print(1926)
elif x == 1927:
    print(1927)
elif x == 1928:
    print(1928)
elif x == 1929:
    print(1929)
elif x == 1930:
    print(1930)
elif x == 1931:
    print(1931)
elif x == 1932:
    print(1932)
elif x == 1933:
    print(1933)
elif x == 1934:
    print(1934)
elif x == 1935:
    print(1935)
elif x == 1936:
    print(1936)
elif x == 1937:
    print(1937)
elif x == 1938:
    print(1938)
elif x == 1939:
    print(1939)
elif x == 1940:
    print(1940)
elif x == 1941:
    print(1941)
elif x == 1942:
    print(1942)
elif x == 1943:
    print(1943)
elif x == 1944:
    print(1944)
elif x == 1945:
    print(1945)
elif x == 1946:
    print(1946)
elif x == 1947:
    print(1947)
elif x == 1948:
    print(1948)
elif x == 1949:
    print(1949)
elif x == 1950:
    print(1950)
elif x == 1951:
    print(1951)
elif x == 1952:
    print(1952)
elif x == 1953:
    print(1953)
elif x == 1954:
    print(1954)
elif x == 1955:
    print(1955)
elif x == 1956:
    print(1956)
elif x == 1957:
    print(1957)
elif x == 1958:
    print(1958)
elif x == 1959:
    print(1959)
elif x == 1960:
    print(1960)
elif x == 1961:
    print(1961)
elif x == 1962:
    print(1962)
elif x == 1963:
    print(1963)
elif x == 1964:
    print(1964)
elif x == 1965:
    print(1965)
elif x == 1966:
    print(1966)
elif x == 1967:
    print(1967)
elif x == 1968:
    print(1968)
elif x == 1969:
    print(1969)
elif x == 1970:
    print(1970)
elif x == 1971:
    print(1971)
elif x == 1972:
    print(1972)
elif x == 1973:
    print(1973)
elif x == 1974:
    print(1974)
elif x == 1975:
    print(1975)
elif x == 1976:
    print(1976)
elif x == 1977:
    print(1977)
elif x == 1978:
    print(1978)
elif x == 1979:
    print(1979)
elif x == 1980:
    print(1980)
elif x == 1981:
    print(1981)
elif x == 1982:
    print(1982)
elif x == 1983:
    print(1983)
elif x == 1984:
    print(1984)
elif x == 1985:
    print(1985)
elif x == 1986:
    print(1986)
elif x == 1987:
    print(1987)
elif x == 1988:
    print(1988)
elif x == 1989:
    print(1989)
elif x == 1990:
    print(1990)
elif x == 1991:
    print(1991)
elif x == 1992:
    print(1992)
elif x == 1993:
    print(1993)
elif x == 1994:
    print(1994)
elif x == 1995:
    print(1995)
elif x == 1996:
    print(1996)
elif x == 1997:
    print(1997)
elif x == 1998:
    print(1998)
elif x == 1999:
    print(1999)
elif x == 2000:
    print(2000)
elif x == 2001:
    print(2001)
elif x == 2002:
    print(2002)
elif x == 2003:
    print(2003)
elif x == 2004:
    print(2004)
elif x == 2005:
    print(2005)
elif x == 2006:
    print(2006)
elif x == 2007:
    print(2007)
elif x == 2008:
    print(2008)
elif x == 2009:
    print(2009)
elif x == 2010:
    print(2010)
elif x == 2011:
    print(2011)
elif x == 2012:
    print(2012)
elif x == 2013:
    print(2013)
elif x == 2014:
    print(2014)
elif x == 2015:
    print(2015)
elif x == 2016:
    print(2016)
elif x == 2017:
    print(2017)
elif x == 2018:
    print(2018)
elif x == 2019:
    print(2019)
elif x == 2020:
    print(2020)
elif x == 2021:
    print(2021)
elif x == 2022:
    print(2022)
elif x == 2023:
    print(2023)
elif x == 2024:
    print(2024)
elif x == 2025:
    print(2025)
elif x == 2026:
    print(2026)
elif x == 2027:
    print(2027)
elif x == 2028:
    print(2028)
elif x == 2029:
    print(2029)
elif x == 2030:
    print(2030)
elif x == 2031:
    print(2031)
elif x == 2032:
    print(2032)
elif x == 2033:
    print(2033)
elif x == 2034:
    print(2034)
elif x == 2035:
    print(2035)
elif x == 2036:
    print(2036)
elif x == 2037:
    print(2037)
elif x == 2038:
    print(2038)
elif x == 2039:
    print(2039)
elif x == 2040:
    print(2040)
elif x == 2041:
    print(2041)
elif x == 2042:
    print(2042)
elif x == 2043:
    print(2043)
elif x == 2044:
    print(2044)
elif x == 2045:
    print(2045)
elif x == 2046:
    print(2046)
elif x == 2047:
    print(2047)
elif x == 2048:
    print(2048)
elif x == 2049:
    print(2049)
elif x == 2050:
    print(2050)
elif x == 2051:
    print(2051)
elif x == 2052:
    print(2052)
elif x == 2053:
    print(2053)
elif x == 2054:
    print(2054)
elif x == 2055:
    print(2055)
elif x == 2056:
    print(2056)
elif x == 2057:
    print(2057)
elif x == 2058:
    print(2058)
elif x == 2059:
    print(2059)
elif x == 2060:
    print(2060)
elif x == 2061:
    print(2061)
elif x == 2062:
    print(2062)
elif x == 2063:
    print(2063)
elif x == 2064:
    print(2064)
elif x == 2065:
    print(2065)
elif x == 2066:
    print(2066)
elif x == 2067:
    print(2067)
elif x == 2068:
    print(2068)
elif x == 2069:
    print(2069)
elif x == 2070:
    print(2070)
elif x == 2071:
    print(2071)
elif x == 2072:
    print(2072)
elif x == 2073:
    print(2073)
elif x == 2074:
    print(2074)
elif x == 2075:
    print(2075)
elif x == 2076:
    print(2076)
elif x == 2077:
    print(2077)
elif x == 2078:
    print(2078)
elif x == 2079:
    print(2079)
elif x == 2080:
    print(2080)
elif x == 2081:
    print(2081)
elif x == 2082:
    print(2082)
elif x == 2083:
    print(2083)
elif x == 2084:
    print(2084)
elif x == 2085:
    print(2085)
elif x == 2086:
    print(2086)
elif x == 2087:
    print(2087)
elif x == 2088:
    print(2088)
elif x == 2089:
    print(2089)
elif x == 2090:
    print(2090)
elif x == 2091:
    print(2091)
elif x == 2092:
    print(2092)
elif x == 2093:
    print(2093)
elif x == 2094:
    print(2094)
elif x == 2095:
    print(2095)
elif x == 2096:
    print(2096)
elif x == 2097:
    print(2097)
elif x == 2098:
    print(2098)
elif x == 2099:
    print(2099)
elif x == 2100:
    print(2100)
elif x == 2101:
    print(2101)
elif x == 2102:
    print(2102)
elif x == 2103:
    print(2103)
elif x == 2104:
    print(2104)
elif x == 2105:
    print(2105)
elif x == 2106:
    print(2106)
elif x == 2107:
    print(2107)
elif x == 2108:
    print(2108)
elif x == 2109:
    print(2109)
elif x == 2110:
    print(2110)
elif x == 2111:
    print(2111)
elif x == 2112:
    print(2112)
elif x == 2113:
    print(2113)
elif x == 2114:
    print(2114)
elif x == 2115:
    print(2115)
elif x == 2116:
    print(2116)
elif x == 2117:
    print(2117)
elif x == 2118:
    print(2118)
elif x == 2119:
    print(2119)
elif x == 2120:
    print(2120)
elif x == 2121:
    print(2121)
elif x == 2122:
    print(2122)
elif x == 2123:
    print(2123)
elif x == 2124:
    print(2124)
elif x == 2125:
    print(2125)
elif x == 2126:
    print(2126)
elif x == 2127:
    print(2127)
elif x == 2128:
    print(2128)
elif x == 2129:
    print(2129)
elif x == 2130:
    print(2130)
elif x == 2131:
    print(2131)
elif x == 2132:
    print(2132)
elif x == 2133:
    print(2133)
elif x == 2134:
    print(2134)
elif x == 2135:
    print(2135)
elif x == 2136:
    print(2136)
elif x == 2137:
    print(2137)
elif x == 2138:
    print(2138)
elif x == 2139:
    print(2139)
elif x == 2140:
    print(2140)
elif x == 2141:
    print(2141)
elif x == 2142:
    print(2142)
elif x == 2143:
    print(2143)
elif x == 2144:
    print(2144)
elif x == 2145:
    print(2145)
elif x == 2146:
    print(2146)
elif x == 2147:
    print(2147)
elif x == 2148:
    print(2148)
elif x == 2149:
    print(2149)
elif x == 2150:
    print(2150)
elif x == 2151:
    print(2151)
elif x == 2152:
    print(2152)
elif x == 2153:
    print(2153)
elif x == 2154:
    print(2154)
elif x == 2155:
    print(2155)
elif x == 2156:
    print(2156)
elif x == 2157:
    print(2157)
elif x == 2158:
    print(2158)
elif x == 2159:
    print(2159)
elif x == 2160:
    print(2160)
elif x == 2161:
    print(2161)
elif x == 2162:
    print(2162)
elif x == 2163:
    print(2163)
elif x == 2164:
    print(2164)
elif x == 2165:
    print(2165)
elif x == 2166:
    print(2166)
elif x == 2167:
    print(2167)
elif x == 2168:
    print(2168)
elif x == 2169:
    print(2169)
elif x == 2170:
    print(2170)
elif x == 2171:
    print(2171)
elif x == 2172:
    print(2172)
elif x == 2173:
    print(2173)
elif x == 2174:
    print(2174)
elif x == 2175:
    print(2175)
elif x == 2176:
    print(2176)
elif x == 2177:
    print(2177)
elif x == 2178:
    print(2178)
elif x == 2179:
    print(2179)
elif x == 2180:
    print(2180)
elif x == 2181:
    print(2181)
elif x == 2182:
    print(2182)
elif x == 2183:
    print(2183)
elif x == 2184:
    print(2184)
elif x == 2185:
    print(2185)
elif x == 2186:
    print(2186)
elif x == 2187:
    print(2187)
elif x == 2188:
    print(2188)
elif x == 2189:
    print(2189)
elif x == 2190:
    print(2190)
elif x == 2191:
    print(2191)
elif x == 2192:
    print(2192)
elif x == 2193:
    print(2193)
elif x == 2194:
    print(2194)
elif x == 2195:
    print(2195)
elif x == 2196:
    print(2196)
elif x == 2197:
    print(2197)
elif x == 2198:
    print(2198)
elif x == 2199:
    print(2199)
elif x == 2200:
    print(2200)
elif x == 2201:
    print(2201)
elif x == 2202:
    print(2202)
elif x == 2203:
    print(2203)
elif x == 2204:
    print(2204)
elif x == 2205:
    print(2205)
elif x == 2206:
    print(2206)
elif x == 2207:
    print(2207)
elif x == 2208:
    print(2208)
elif x == 2209:
    print(2209)
elif x == 2210:
    print(2210)
elif x == 2211:
    print(2211)
elif x == 2212:
    print(2212)
elif x == 2213:
    print(2213)
elif x == 2214:
    print(2214)
elif x == 2215:
    print(2215)
elif x == 2216:
    print(2216)
elif x == 2217:
    print(2217)
elif x == 2218:
    print(2218)
elif x == 2219:
    print(2219)
elif x == 2220:
    print(2220)
elif x == 2221:
    print(2221)
elif x == 2222:
    print(2222)
elif x == 2223:
    print(2223)
elif x == 2224:
    print(2224)
elif x == 2225:
    print(2225)
elif x == 2226:
    print(2226)
elif x == 2227:
    print(2227)
elif x == 2228:
    print(2228)
elif x == 2229:
    print(2229)
elif x == 2230:
    print(2230)
elif x == 2231:
    print(2231)
elif x == 2232:
    print(2232)
elif x == 2233:
    print(2233)
elif x == 2234:
    print(2234)
elif x == 2235:
    print(2235)
elif x == 2236:
    print(2236)
elif x == 2237:
    print(2237)
elif x == 2238:
    print(2238)
elif x == 2239:
    print(2239)
elif x == 2240:
    print(2240)
elif x == 2241:
    print(2241)
elif x == 2242:
    print(2242)
elif x == 2243:
    print(2243)
elif x == 2244:
    print(2244)
elif x == 2245:
    print(2245)
elif x == 2246:
    print(2246)
elif x == 2247:
    print(2247)
elif x == 2248:
    print(2248)
elif x == 2249:
    print(2249)
elif x == 2250:
    print(2250)
elif x == 2251:
    print(2251)
elif x == 2252:
    print(2252)
elif x == 2253:
    print(2253)
elif x == 2254:
    print(2254)
elif x == 2255:
    print(2255)
elif x == 2256:
    print(2256)
elif x == 2257:
    print(2257)
elif x == 2258:
    print(2258)
elif x == 2259:
    print(2259)
elif x == 2260:
    print(2260)
elif x == 2261:
    print(2261)
elif x == 2262:
    print(2262)
elif x == 2263:
    print(2263)
elif x == 2264:
    print(2264)
elif x == 2265:
    print(2265)
elif x == 2266:
    print(2266)
elif x == 2267:
    print(2267)
elif x == 2268:
    print(2268)
elif x == 2269:
    print(2269)
elif x == 2270:
    print(2270)
elif x == 2271:
    print(2271)
elif x == 2272:
    print(2272)
elif x == 2273:
    print(2273)
elif x == 2274:
    print(2274)
elif x == 2275:
    print(2275)
elif x == 2276:
    print(2276)
elif x == 2277:
    print(2277)
elif x == 2278:
    print(2278)
elif x == 2279:
    print(2279)
elif x == 2280:
    print(2280)
elif x == 2281:
    print(2281)
elif x == 2282:
    print(2282)
elif x == 2283:
    print(2283)
elif x == 2284:
    print(2284)
elif x == 2285:
    print(2285)
elif x == 2286:
    print(2286)
elif x == 2287:
    print(2287)
elif x == 2288:
    print(2288)
elif x == 2289:
    print(2289)
elif x == 2290:
    print(2290)
elif x == 2291:
    print(2291)
elif x == 2292:
    print(2292)
elif x == 2293:
    print(2293)
elif x == 2294:
    print(2294)
elif x == 2295:
    print(2295)
elif x == 2296:
    print(2296)
elif x == 2297:
    print(2297)
elif x == 2298:
    print(2298)
elif x == 2299:
    print(2299)
elif x == 2300:
    print(2300)
elif x == 2301:
    print(2301)
elif x == 2302:
    print(2302)
elif x == 2303:
    print(2303)
elif x == 2304:
    print(2304)
elif x == 2305:
    print(2305)
elif x == 2306:
    print(2306)
elif x == 2307:
    print(2307)
elif x == 2308:
    print(2308)
elif x == 2309:
    print(2309)
elif x == 2310:
    print(2310)
elif x == 2311:
    print(2311)
elif x == 2312:
    print(2312)
elif x == 2313:
    print(2313)
elif x == 2314:
    print(2314)
elif x == 2315:
    print(2315)
elif x == 2316:
    print(2316)
elif x == 2317:
    print(2317)
elif x == 2318:
    print(2318)
elif x == 2319:
    print(2319)
elif x == 2320:
    print(2320)
elif x == 2321:
    print(2321)
elif x == 2322:
    print(2322)
elif x == 2323:
    print(2323)
elif x == 2324:
    print(2324)
elif x == 2325:
    print(2325)
elif x == 2326:
    print(2326)
elif x == 2327:
    print(2327)
elif x == 2328:
    print(2328)
elif x == 2329:
    print(2329)
elif x == 2330:
    print(2330)
elif x == 2331:
    print(2331)
elif x == 2332:
    print(2332)
elif x == 2333:
    print(2333)
elif x == 2334:
    print(2334)
elif x == 2335:
    print(2335)
elif x == 2336:
    print(2336)
elif x == 2337:
    print(2337)
elif x == 2338:
    print(2338)
elif x == 2339:
    print(2339)
elif x == 2340:
    print(2340)
elif x == 2341:
    print(2341)
elif x == 2342:
    print(2342)
elif x == 2343:
    print(2343)
elif x == 2344:
    print(2344)
elif x == 2345:
    print(2345)
elif x == 2346:
    print(2346)
elif x == 2347:
    print(2347)
elif x == 2348:
    print(2348)
elif x == 2349:
    print(2349)
elif x == 2350:
    print(2350)
elif x == 2351:
    print(2351)
elif x == 2352:
    print(2352)
elif x == 2353:
    print(2353)
elif x == 2354:
    print(2354)
elif x == 2355:
    print(2355)
elif x == 2356:
    print(2356)
elif x == 2357:
    print(2357)
elif x == 2358:
    print(2358)
elif x == 2359:
    print(2359)
elif x == 2360:
    print(2360)
elif x == 2361:
    print(2361)
elif x == 2362:
    print(2362)
elif x == 2363:
    print(2363)
elif x == 2364:
    print(2364)
elif x == 2365:
    print(2365)
elif x == 2366:
    print(2366)
elif x == 2367:
    print(2367)
elif x == 2368:
    print(2368)
elif x == 2369:
    print(2369)
elif x == 2370:
    print(2370)
elif x == 2371:
    print(2371)
elif x == 2372:
    print(2372)
elif x == 2373:
    print(2373)
elif x == 2374:
    print(2374)
elif x == 2375:
    print(2375)
elif x == 2376:
    print(2376)
elif x == 2377:
    print(2377)
elif x == 2378:
    print(2378)
elif x == 2379:
    print(2379)
elif x == 2380:
    print(2380)
elif x == 2381:
    print(2381)
elif x == 2382:
    print(2382)
elif x == 2383:
    print(2383)
elif x == 2384:
    print(2384)
elif x == 2385:
    print(2385)
elif x == 2386:
    print(2386)
elif x == 2387:
    print(2387)
elif x == 2388:
    print(2388)
elif x == 2389:
    print(2389)
elif x == 2390:
    print(2390)
elif x == 2391:
    print(2391)
elif x == 2392:
    print(2392)
elif x == 2393:
    print(2393)
elif x == 2394:
    print(2394)
elif x == 2395:
    print(2395)
elif x == 2396:
    print(2396)
elif x == 2397:
    print(2397)
elif x == 2398:
    print(2398)
elif x == 2399:
    print(2399)
elif x == 2400:
    print(2400)
elif x == 2401:
    print(2401)
elif x == 2402:
    print(2402)
elif x == 2403:
    print(2403)
elif x == 2404:
    print(2404)
elif x == 2405:
    print(2405)
elif x == 2406:
    print(2406)
elif x == 2407:
    print(2407)
elif x == 2408:
    print(2408)
elif x == 2409:
    print(2409)
elif x == 2410:
    print(2410)
elif x == 2411:
    print(2411)
elif x == 2412:
    print(2412)
elif x == 2413:
    print(2413)
elif x == 2414:
    print(2414)
elif x == 2415:
    print(2415)
elif x == 2416:
    print(2416)
elif x == 2417:
    print(2417)
elif x == 2418:
    print(2418)
elif x == 2419:
    print(2419)
elif x == 2420:
    print(2420)
elif x == 2421:
    print(2421)
elif x == 2422:
    print(2422)
elif x == 2423:
    print(2423)
elif x == 2424:
    print(2424)
elif x == 2425:
    print(2425)
elif x == 2426:
    print(2426)
elif x == 2427:
    print(2427)
elif x == 2428:
    print(2428)
elif x == 2429:
    print(2429)
elif x == 2430:
    print(2430)
elif x == 2431:
    print(2431)
elif x == 2432:
    print(2432)
elif x == 2433:
    print(2433)
elif x == 2434:
    print(2434)
elif x == 2435:
    print(2435)
elif x == 2436:
    print(2436)
elif x == 2437:
    print(2437)
elif x == 2438:
    print(2438)
elif x == 2439:
    print(2439)
elif x == 2440:
    print(2440)
elif x == 2441:
    print(2441)
elif x == 2442:
    print(2442)
elif x == 2443:
    print(2443)
elif x == 2444:
    print(2444)
elif x == 2445:
    print(2445)
elif x == 2446:
    print(2446)
elif x == 2447:
    print(2447)
elif x == 2448:
    print(2448)
elif x == 2449:
    print(2449)
elif x == 2450:
    print(2450)
elif x == 2451:
    print(2451)
elif x == 2452:
    print(2452)
elif x == 2453:
    print(2453)
elif x == 2454:
    print(2454)
elif x == 2455:
    print(2455)
elif x == 2456:
    print(2456)
elif x == 2457:
    print(2457)
elif x == 2458:
    print(2458)
elif x == 2459:
    print(2459)
elif x == 2460:
    print(2460)
elif x == 2461:
    print(2461)
elif x == 2462:
    print(2462)
elif x == 2463:
    print(2463)
elif x == 2464:
    print(2464)
elif x == 2465:
    print(2465)
elif x == 2466:
    print(2466)
elif x == 2467:
    print(2467)
elif x == 2468:
    print(2468)
elif x == 2469:
    print(2469)
elif x == 2470:
    print(2470)
elif x == 2471:
    print(2471)
elif x == 2472:
    print(2472)
elif x == 2473:
    print(2473)
elif x == 2474:
    print(2474)
elif x == 2475:
    print(2475)
elif x == 2476:
    print(2476)
elif x == 2477:
    print(2477)
elif x == 2478:
    print(2478)
elif x == 2479:
    print(2479)
elif x == 2480:
    print(2480)
elif x == 2481:
    print(2481)
elif x == 2482:
    print(2482)
elif x == 2483:
    print(2483)
elif x == 2484:
    print(2484)
elif x == 2485:
    print(2485)
elif x == 2486:
    print(2486)
elif x == 2487:
    print(2487)
elif x == 2488:
    print(2488)
elif x == 2489:
    print(2489)
elif x == 2490:
    print(2490)
elif x == 2491:
    print(2491)
elif x == 2492:
    print(2492)
elif x == 2493:
    print(2493)
elif x == 2494:
    print(2494)
elif x == 2495:
    print(2495)
elif x == 2496:
    print(2496)
elif x == 2497:
    print(2497)
elif x == 2498:
    print(2498)
elif x == 2499:
    print(2499)
elif x == 2500:
    print(2500)
elif x == 2501:
    print(2501)
elif x == 2502:
    print(2502)
elif x == 2503:
    print(2503)
elif x == 2504:
    print(2504)
elif x == 2505:
    print(2505)
elif x == 2506:
    print(2506)
elif x == 2507:
    print(2507)
elif x == 2508:
    print(2508)
elif x == 2509:
    print(2509)
elif x == 2510:
    print(2510)
elif x == 2511:
    print(2511)
elif x == 2512:
    print(2512)
elif x == 2513:
    print(2513)
elif x == 2514:
    print(2514)
elif x == 2515:
    print(2515)
elif x == 2516:
    print(2516)
elif x == 2517:
    print(2517)
elif x == 2518:
    print(2518)
elif x == 2519:
    print(2519)
elif x == 2520:
    print(2520)
elif x == 2521:
    print(2521)
elif x == 2522:
    print(2522)
elif x == 2523:
    print(2523)
elif x == 2524:
    print(2524)
elif x == 2525:
    print(2525)
elif x == 2526:
    print(2526)
elif x == 2527:
    print(2527)
elif x == 2528:
    print(2528)
elif x == 2529:
    print(2529)
elif x == 2530:
    print(2530)
elif x == 2531:
    print(2531)
elif x == 2532:
    print(2532)
elif x == 2533:
    print(2533)
elif x == 2534:
    print(2534)
elif x == 2535:
    print(2535)
elif x == 2536:
    print(2536)
elif x == 2537:
    print(2537)
elif x == 2538:
    print(2538)
elif x == 2539:
    print(2539)
elif x == 2540:
    print(2540)
elif x == 2541:
    print(2541)
elif x == 2542:
    print(2542)
elif x == 2543:
    print(2543)
elif x == 2544:
    print(2544)
elif x == 2545:
    print(2545)
elif x == 2546:
    print(2546)
elif x == 2547:
    print(2547)
elif x == 2548:
    print(2548)
elif x == 2549:
    print(2549)
elif x == 2550:
    print(2550)
elif x == 2551:
    print(2551)
elif x == 2552:
    print(2552)
elif x == 2553:
    print(2553)
elif x == 2554:
    print(2554)
elif x == 2555:
    print(2555)
elif x == 2556:
    print(2556)
elif x == 2557:
    print(2557)
elif x == 2558:
    print(2558)
elif x == 2559:
    print(2559)
elif x == 2560:
    print(2560)
elif x == 2561:
    print(2561)
elif x == 2562:
    print(2562)
elif x == 2563:
    print(2563)
elif x == 2564:
    print(2564)
elif x == 2565:
    print(2565)
elif x == 2566:
    print(2566)
elif x == 2567:
    print(2567)
elif x == 2568:
    print(2568)
elif x == 2569:
    print(2569)
elif x == 2570:
    print(2570)
elif x == 2571:
    print(2571)
elif x == 2572:
    print(2572)
elif x == 2573:
    print(2573)
elif x == 2574:
    print(2574)
elif x == 2575:
    print(2575)
elif x == 2576:
    print(2576)
elif x == 2577:
    print(2577)
elif x == 2578:
    print(2578)
elif x == 2579:
    print(2579)
elif x == 2580:
    print(2580)
elif x == 2581:
    print(2581)
elif x == 2582:
    print(2582)
elif x == 2583:
    print(2583)
elif x == 2584:
    print(2584)
elif x == 2585:
    print(2585)
elif x == 2586:
    print(2586)
elif x == 2587:
    print(2587)
elif x == 2588:
    print(2588)
elif x == 2589:
    print(2589)
elif x == 2590:
    print(2590)
elif x == 2591:
    print(2591)
elif x == 2592:
    print(2592)
elif x == 2593:
    print(2593)
elif x == 2594:
    print(2594)
elif x == 2595:
    print(2595)
elif x == 2596:
    print(2596)
elif x == 2597:
    print(2597)
elif x == 2598:
    print(2598)
elif x == 2599:
    print(2599)
elif x == 2600:
    print(2600)
elif x == 2601:
    print(2601)
elif x == 2602:
    print(2602)
elif x == 2603:
    print(2603)
elif x == 2604:
    print(2604)
elif x == 2605:
    print(2605)
elif x == 2606:
    print(2606)
elif x == 2607:
    print(2607)
elif x == 2608:
    print(2608)
elif x == 2609:
    print(2609)
elif x == 2610:
    print(2610)
elif x == 2611:
    print(2611)
elif x == 2612:
    print(2612)
elif x == 2613:
    print(2613)
elif x == 2614:
    print(2614)
elif x == 2615:
    print(2615)
elif x == 2616:
    print(2616)
elif x == 2617:
    print(2617)
elif x == 2618:
    print(2618)
elif x == 2619:
    print(2619)
elif x == 2620:
    print(2620)
elif x == 2621:
    print(2621)
elif x == 2622:
    print(2622)
elif x == 2623:
    print(2623)
elif x == 2624:
    print(2624)
elif x == 2625:
    print(2625)
elif x == 2626:
    print(2626)
elif x == 2627:
    print(2627)
elif x == 2628:
    print(2628)
elif x == 2629:
    print(2629)
elif x == 2630:
    print(2630)
elif x == 2631:
    print(2631)
elif x == 2632:
    print(2632)
elif x == 2633:
    print(2633)
elif x == 2634:
    print(2634)
elif x == 2635:
    print(2635)
elif x == 2636:
    print(2636)
elif x == 2637:
    print(2637)
elif x == 2638:
    print(2638)
elif x == 2639:
    print(2639)
elif x == 2640:
    print(2640)
elif x == 2641:
    print(2641)
elif x == 2642:
    print(2642)
elif x == 2643:
    print(2643)
elif x == 2644:
    print(2644)
elif x == 2645:
    print(2645)
elif x == 2646:
    print(2646)
elif x == 2647:
    print(2647)
elif x == 2648:
    print(2648)
elif x == 2649:
    print(2649)
elif x == 2650:
    print(2650)
elif x == 2651:
    print(2651)
elif x == 2652:
    print(2652)
elif x == 2653:
    print(2653)
elif x == 2654:
    print(2654)
elif x == 2655:
    print(2655)
elif x == 2656:
    print(2656)
elif x == 2657:
    print(2657)
elif x == 2658:
    print(2658)
elif x == 2659:
    print(2659)
elif x == 2660:
    print(2660)
elif x == 2661:
    print(2661)
elif x == 2662:
    print(2662)
elif x == 2663:
    print(2663)
elif x == 2664:
    print(2664)
elif x == 2665:
    print(2665)
elif x == 2666:
    print(2666)
elif x == 2667:
    print(2667)
elif x == 2668:
    print(2668)
elif x == 2669:
    print(2669)
elif x == 2670:
    print(2670)
elif x == 2671:
    print(2671)
elif x == 2672:
    print(2672)
elif x == 2673:
    print(2673)
elif x == 2674:
    print(2674)
elif x == 2675:
    print(2675)
elif x == 2676:
    print(2676)
elif x == 2677:
    print(2677)
elif x == 2678:
    print(2678)
elif x == 2679:
    print(2679)
elif x == 2680:
    print(2680)
elif x == 2681:
    print(2681)
elif x == 2682:
    print(2682)
elif x == 2683:
    print(2683)
elif x == 2684:
    print(2684)
elif x == 2685:
    print(2685)
elif x == 2686:
    print(2686)
elif x == 2687:
    print(2687)
elif x == 2688:
    print(2688)
elif x == 2689:
    print(2689)
elif x == 2690:
    print(2690)
elif x == 2691:
    print(2691)
elif x == 2692:
    print(2692)
elif x == 2693:
    print(2693)
elif x == 2694:
    print(2694)
elif x == 2695:
    print(2695)
elif x == 2696:
    print(2696)
elif x == 2697:
    print(2697)
elif x == 2698:
    print(2698)
elif x == 2699:
    print(2699)
elif x == 2700:
    print(2700)
elif x == 2701:
    print(2701)
elif x == 2702:
    print(2702)
elif x == 2703:
    print(2703)
elif x == 2704:
    print(2704)
elif x == 2705:
    print(2705)
elif x == 2706:
    print(2706)
elif x == 2707:
    print(2707)
elif x == 2708:
    print(2708)
elif x == 2709:
    print(2709)
elif x == 2710:
    print(2710)
elif x == 2711:
    print(2711)
elif x == 2712:
    print(2712)
elif x == 2713:
    print(2713)
elif x == 2714:
    print(2714)
elif x == 2715:
    print(2715)
elif x == 2716:
    print(2716)
elif x == 2717:
    print(2717)
elif x == 2718:
    print(2718)
elif x == 2719:
    print(2719)
elif x == 2720:
    print(2720)
elif x == 2721:
    print(2721)
elif x == 2722:
    print(2722)
elif x == 2723:
    print(2723)
elif x == 2724:
    print(2724)
elif x == 2725:
    print(2725)
elif x == 2726:
    print(2726)
elif x == 2727:
    print(2727)
elif x == 2728:
    print(2728)
elif x == 2729:
    print(2729)
elif x == 2730:
    print(2730)
elif x == 2731:
    print(2731)
elif x == 2732:
    print(2732)
elif x == 2733:
    print(2733)
elif x == 2734:
    print(2734)
elif x == 2735:
    print(2735)
elif x == 2736:
    print(2736)
elif x == 2737:
    print(2737)
elif x == 2738:
    print(2738)
elif x == 2739:
    print(2739)
elif x == 2740:
    print(2740)
elif x == 2741:
    print(2741)
elif x == 2742:
    print(2742)
elif x == 2743:
    print(2743)
elif x == 2744:
    print(2744)
elif x == 2745:
    print(2745)
elif x == 2746:
    print(2746)
elif x == 2747:
    print(2747)
elif x == 2748:
    print(2748)
elif x == 2749:
    print(2749)
elif x == 2750:
    print(2750)
elif x == 2751:
    print(2751)
elif x == 2752:
    print(2752)
elif x == 2753:
    print(2753)
elif x == 2754:
    print(2754)
elif x == 2755:
    print(2755)
elif x == 2756:
    print(2756)
elif x == 2757:
    print(2757)
elif x == 2758:
    print(2758)
elif x == 2759:
    print(2759)
elif x == 2760:
    print(2760)
elif x == 2761:
    print(2761)
elif x == 2762:
    print(2762)
elif x == 2763:
    print(2763)
elif x == 2764:
    print(2764)
elif x == 2765:
    print(2765)
elif x == 2766:
    print(2766)
elif x == 2767:
    print(2767)
elif x == 2768:
    print(2768)
elif x == 2769:
    print(2769)
elif x == 2770:
    print(2770)
elif x == 2771:
    print(2771)
elif x == 2772:
    print(2772)
elif x == 2773:
    print(2773)
elif x == 2774:
    print(2774)
elif x == 2775:
    print(2775)
elif x == 2776:
    print(2776)
elif x == 2777:
    print(2777)
elif x == 2778:
    print(2778)
elif x == 2779:
    print(2779)
elif x == 2780:
    print(2780)
elif x == 2781:
    print(2781)
elif x == 2782:
    print(2782)
elif x == 2783:
    print(2783)
elif x == 2784:
    print(2784)
elif x == 2785:
    print(2785)
elif x == 2786:
    print(2786)
elif x == 2787:
    print(2787)
elif x == 2788:
    print(2788)
elif x == 2789:
    print(2789)
elif x == 2790:
    print(2790)
elif x == 2791:
    print(2791)
elif x == 2792:
    print(2792)
elif x == 2793:
    print(2793)
elif x == 2794:
    print(2794)
elif x == 2795:
    print(2795)
elif x == 2796:
    print(2796)
elif x == 2797:
    print(2797)
elif x == 2798:
    print(2798)
elif x == 2799:
    print(2799)
elif x == 2800:
    print(2800)
elif x == 2801:
    print(2801)
elif x == 2802:
    print(2802)
elif x == 2803:
    print(2803)
elif x == 2804:
    print(2804)
elif x == 2805:
    print(2805)
elif x == 2806:
    print(2806)
elif x == 2807:
    print(2807)
elif x == 2808:
    print(2808)
elif x == 2809:
    print(2809)
elif x == 2810:
    print(2810)
elif x == 2811:
    print(2811)
elif x == 2812:
    print(2812)
elif x == 2813:
    print(2813)
elif x == 2814:
    print(2814)
elif x == 2815:
    print(2815)
elif x == 2816:
    print(2816)
elif x == 2817:
    print(2817)
elif x == 2818:
    print(2818)
elif x == 2819:
    print(2819)
elif x == 2820:
    print(2820)
elif x == 2821:
    print(2821)
elif x == 2822:
    print(2822)
elif x == 2823:
    print(2823)
elif x == 2824:
    print(2824)
elif x == 2825:
    print(2825)
elif x == 2826:
    print(2826)
elif x == 2827:
    print(2827)
elif x == 2828:
    print(2828)
elif x == 2829:
    print(2829)
elif x == 2830:
    print(2830)
elif x == 2831:
    print(2831)
elif x == 2832:
    print(2832)
elif x == 2833:
    print(2833)
elif x == 2834:
    print(2834)
elif x == 2835:
    print(2835)
elif x == 2836:
    print(2836)
elif x == 2837:
    print(2837)
elif x == 2838:
    print(2838)
elif x == 2839:
    print(2839)
elif x == 2840:
    print(2840)
elif x == 2841:
    print(2841)
elif x == 2842:
    print(2842)
elif x == 2843:
    print(2843)
elif x == 2844:
    print(2844)
elif x == 2845:
    print(2845)
elif x == 2846:
    print(2846)
elif x == 2847:
    print(2847)
elif x == 2848:
    print(2848)
elif x == 2849:
    print(2849)
elif x == 2850:
    print(2850)
elif x == 2851:
    print(2851)
elif x == 2852:
    print(2852)
elif x == 2853:
    print(2853)
elif x == 2854:
    print(2854)
elif x == 2855:
    print(2855)
elif x == 2856:
    print(2856)
elif x == 2857:
    print(2857)
elif x == 2858:
    print(2858)
elif x == 2859:
    print(2859)
elif x == 2860:
    print(2860)
elif x == 2861:
    print(2861)
elif x == 2862:
    print(2862)
elif x == 2863:
    print(2863)
elif x == 2864:
    print(2864)
elif x == 2865:
    print(2865)
elif x == 2866:
    print(2866)
elif x == 2867:
    print(2867)
elif x == 2868:
    print(2868)
elif x == 2869:
    print(2869)
elif x == 2870:
    print(2870)
elif x == 2871:
    print(2871)
elif x == 2872:
    print(2872)
elif x == 2873:
    print(2873)
elif x == 2874:
    print(2874)
elif x == 2875:
    print(2875)
elif x == 2876:
    print(2876)
elif x == 2877:
    print(2877)
elif x == 2878:
    print(2878)
elif x == 2879:
    print(2879)
elif x == 2880:
    print(2880)
elif x == 2881:
    print(2881)
elif x == 2882:
    print(2882)
elif x == 2883:
    print(2883)
elif x == 2884:
    print(2884)
elif x == 2885:
    print(2885)
elif x == 2886:
    print(2886)
elif x == 2887:
    print(2887)
elif x == 2888:
    print(2888)
elif x == 2889:
    print(2889)
elif x == 2890:
    print(2890)
elif x == 2891:
    print(2891)
elif x == 2892:
    print(2892)
elif x == 2893:
    print(2893)
elif x == 2894:
    print(2894)
elif x == 2895:
    print(2895)
elif x == 2896:
    print(2896)
elif x == 2897:
    print(2897)
elif x == 2898:
    print(2898)
elif x == 2899:
    print(2899)
elif x == 2900:
    print(2900)
elif x == 2901:
    print(2901)
elif x == 2902:
    print(2902)
elif x == 2903:
    print(2903)
elif x == 2904:
    print(2904)
elif x == 2905:
    print(2905)
elif x == 2906:
    print(2906)
elif x == 2907:
    print(2907)
elif x == 2908:
    print(2908)
elif x == 2909:
    print(2909)
elif x == 2910:
    print(2910)
elif x == 2911:
    print(2911)
elif x == 2912:
    print(2912)
elif x == 2913:
    print(2913)
elif x == 2914:
    print(2914)
elif x == 2915:
    print(2915)
elif x == 2916:
    print(2916)
elif x == 2917:
    print(2917)
elif x == 2918:
    print(2918)
elif x == 2919:
    print(2919)
elif x == 2920:
    print(2920)
elif x == 2921:
    print(2921)
elif x == 2922:
    print(2922)
elif x == 2923:
    print(2923)
elif x == 2924:
    print(2924)
elif x == 2925:
    print(2925)
elif x == 2926:
    print(2926)
elif x == 2927:
    print(2927)
elif x == 2928:
    print(2928)
elif x == 2929:
    print(2929)
elif x == 2930:
    print(2930)
elif x == 2931:
    print(2931)
elif x == 2932:
    print(2932)
elif x == 2933:
    print(2933)
elif x == 2934:
    print(2934)
elif x == 2935:
    print(2935)
elif x == 2936:
    print(2936)
elif x == 2937:
    print(2937)
elif x == 2938:
    print(2938)
elif x == 2939:
    print(2939)
elif x == 2940:
    print(2940)
elif x == 2941:
    print(2941)
elif x == 2942:
    print(2942)
elif x == 2943:
    print(2943)
elif x == 2944:
    print(2944)
elif x == 2945:
    print(2945)
elif x == 2946:
    print(2946)
elif x == 2947:
    print(2947)
elif x == 2948:
    print(2948)
elif x == 2949:
    print(2949)
elif x == 2950:
    print(2950)
elif x == 2951:
    print(2951)
elif x == 2952:
    print(2952)
elif x == 2953:
    print(2953)
elif x == 2954:
    print(2954)
elif x == 2955:
    print(2955)
elif x == 2956:
    print(2956)
elif x == 2957:
    print(2957)
elif x == 2958:
    print(2958)
elif x == 2959:
    print(2959)
elif x == 2960:
    print(2960)
elif x == 2961:
    print(2961)
elif x == 2962:
    print(2962)
elif x == 2963:
    print(2963)
elif x == 2964:
    print(2964)
elif x == 2965:
    print(2965)
elif x == 2966:
    print(2966)
elif x == 2967:
    print(2967)
elif x == 2968:
    print(2968)
elif x == 2969:
    print(2969)
elif x == 2970:
    print(2970)
elif x == 2971:
    print(2971)
elif x == 2972:
    print(2972)
elif x == 2973:
    print(2973)
elif x == 2974:
    print(2974)
elif x == 2975:
    print(2975)
elif x == 2976:
    print(2976)
elif x == 2977:
    print(2977)
elif x == 2978:
    print(2978)
elif x == 2979:
    print(2979)
elif x == 2980:
    print(2980)
elif x == 2981:
    print(2981)
elif x == 2982:
    print(2982)
elif x == 2983:
    print(2983)
elif x == 2984:
    print(2984)
elif x == 2985:
    print(2985)
elif x == 2986:
    print(2986)
elif x == 2987:
    print(2987)
elif x == 2988:
    print(2988)
elif x == 2989:
    print(2989)
elif x == 2990:
    print(2990)
elif x == 2991:
    print(2991)
elif x == 2992:
    print(2992)
elif x == 2993:
    print(2993)
elif x == 2994:
    print(2994)
elif x == 2995:
    print(2995)
elif x == 2996:
    print(2996)
elif x == 2997:
    print(2997)
elif x == 2998:
    print(2998)
elif x == 2999:
    print(2999)
elif x == 3000:
    print(3000)
elif x == 3001:
    print(3001)
elif x == 3002:
    print(3002)
elif x == 3003:
    print(3003)
elif x == 3004:
    print(3004)
elif x == 3005:
    print(3005)
elif x == 3006:
    print(3006)
elif x == 3007:
    print(3007)
elif x == 3008:
    print(3008)
elif x == 3009:
    print(3009)
elif x == 3010:
    print(3010)
elif x == 3011:
    print(3011)
elif x == 3012:
    print(3012)
elif x == 3013:
    print(3013)
elif x == 3014:
    print(3014)
elif x == 3015:
    print(3015)
elif x == 3016:
    print(3016)
elif x == 3017:
    print(3017)
elif x == 3018:
    print(3018)
elif x == 3019:
    print(3019)
elif x == 3020:
    print(3020)
elif x == 3021:
    print(3021)
elif x == 3022:
    print(3022)
elif x == 3023:
    print(3023)
elif x == 3024:
    print(3024)
elif x == 3025:
    print(3025)
elif x == 3026:
    print(3026)
elif x == 3027:
    print(3027)
elif x == 3028:
    print(3028)
elif x == 3029:
    print(3029)
elif x == 3030:
    print(3030)
elif x == 3031:
    print(3031)
elif x == 3032:
    print(3032)
elif x == 3033:
    print(3033)
elif x == 3034:
    print(3034)
elif x == 3035:
    print(3035)
elif x == 3036:
    print(3036)
elif x == 3037:
    print(3037)
elif x == 3038:
    print(3038)
elif x == 3039:
    print(3039)
elif x == 3040:
    print(3040)
elif x == 3041:
    print(3041)
elif x == 3042:
    print(3042)
elif x == 3043:
    print(3043)
elif x == 3044:
    print(3044)
elif x == 3045:
    print(3045)
elif x == 3046:
    print(3046)
elif x == 3047:
    print(3047)
elif x == 3048:
    print(3048)
elif x == 3049:
    print(3049)
elif x == 3050:
    print(3050)
elif x == 3051:
    print(3051)
elif x == 3052:
    print(3052)
elif x == 3053:
    print(3053)
elif x == 3054:
    print(3054)
elif x == 3055:
    print(3055)
elif x == 3056:
    print(3056)
elif x == 3057:
    print(3057)
elif x == 3058:
    print(3058)
elif x == 3059:
    print(3059)
elif x == 3060:
    print(3060)
elif x == 3061:
    print(3061)
elif x == 3062:
    print(3062)
elif x == 3063:
    print(3063)
elif x == 3064:
    print(3064)
elif x == 3065:
    print(3065)
elif x == 3066:
    print(3066)
elif x == 3067:
    print(3067)
elif x == 3068:
    print(3068)
elif x == 3069:
    print(3069)
elif x == 3070:
    print(3070)
elif x == 3071:
    print(3071)
elif x == 3072:
    print(3072)
elif x == 3073:
    print(3073)
elif x == 3074:
    print(3074)
elif x == 3075:
    print(3075)
elif x == 3076:
    print(3076)
elif x == 3077:
    print(3077)
elif x == 3078:
    print(3078)
elif x == 3079:
    print(3079)
elif x == 3080:
    print(3080)
elif x == 3081:
    print(3081)
elif x == 3082:
    print(3082)
elif x == 3083:
    print(3083)
elif x == 3084:
    print(3084)
elif x == 3085:
    print(3085)
elif x == 3086:
    print(3086)
elif x == 3087:
    print(3087)
elif x == 3088:
    print(3088)
elif x == 3089:
    print(3089)
elif x == 3090:
    print(3090)
elif x == 3091:
    print(3091)
elif x == 3092:
    print(3092)
elif x == 3093:
    print(3093)
elif x == 3094:
    print(3094)
elif x == 3095:
    print(3095)
elif x == 3096:
    print(3096)
elif x == 3097:
    print(3097)
elif x == 3098:
    print(3098)
elif x == 3099:
    print(3099)
