"""The command line's help and argparse's own words, as catalogue messages (made by
tools/cli_help_catalogue.py from the parser; the parser's Swedish texts are the sources)."""

from vanskapshuset.messages.text import translate

T000 = translate(
    "Meddelande",
    "%(prog)s: fel: %(message)s\n",
    "cli.help.prog_s_fel_message_s",
)
T001 = translate(
    "Meddelande",
    "AKTÖR",
    "cli.help.aktor",
)
T002 = translate(
    "Meddelande",
    "ANTAL",
    "cli.help.antal",
)
T003 = translate(
    "Meddelande",
    "Användning: ",
    "cli.help.anvandning",
)
T004 = translate(
    "Meddelande",
    "DATUM",
    "cli.help.datum",
)
T005 = translate(
    "Meddelande",
    "DELTAGARE",
    "cli.help.deltagare",
)
T006 = translate(
    "Meddelande",
    "Datamappen är --data-dir, annars miljövariabeln VANSKAPSHUSET_DATA_DIR, annars "
    "användarens datamapp. Ett fel skrivs som en mening och ger slutkoden 2. Kön: "
    "girl, boy, other, unknown. Datum: ÅÅÅÅ-MM-DD. Tid: TT:MM.",
    "cli.help.datamappen_ar_data_dir_annars_miljovaria",
)
T007 = translate(
    "Meddelande",
    "FIL",
    "cli.help.fil",
)
T008 = translate(
    "Meddelande",
    "ID",
    "cli.help.id",
)
T009 = translate(
    "Meddelande",
    "KOMMANDO",
    "cli.help.kommando",
)
T010 = translate(
    "Meddelande",
    "KÖN",
    "cli.help.kon",
)
T011 = translate(
    "Meddelande",
    "LAGKOD",
    "cli.help.lagkod",
)
T012 = translate(
    "Meddelande",
    "MAPP",
    "cli.help.mapp",
)
T013 = translate(
    "Meddelande",
    "NAMN",
    "cli.help.namn",
)
T014 = translate(
    "Meddelande",
    "OMRÅDE",
    "cli.help.omrade",
)
T015 = translate(
    "Meddelande",
    "PDF-filen att skriva",
    "cli.help.pdf_filen_att_skriva",
)
T016 = translate(
    "Meddelande",
    "PLATS",
    "cli.help.plats",
)
T017 = translate(
    "Meddelande",
    "RUBRIK",
    "cli.help.rubrik",
)
T018 = translate(
    "Meddelande",
    "SLAG",
    "cli.help.slag",
)
T019 = translate(
    "Meddelande",
    "SPRÅK",
    "cli.help.sprak",
)
T020 = translate(
    "Meddelande",
    "SÄSONG",
    "cli.help.sasong",
)
T021 = translate(
    "Meddelande",
    "TAL",
    "cli.help.tal",
)
T022 = translate(
    "Meddelande",
    "TELEFON",
    "cli.help.telefon",
)
T023 = translate(
    "Meddelande",
    "TEXT",
    "cli.help.text",
)
T024 = translate(
    "Meddelande",
    "TID",
    "cli.help.tid",
)
T025 = translate(
    "Meddelande",
    "TIDPUNKT",
    "cli.help.tidpunkt",
)
T026 = translate(
    "Meddelande",
    "TT:MM-TT:MM",
    "cli.help.tt_mm_tt_mm",
)
T027 = translate(
    "Meddelande",
    "TYP",
    "cli.help.typ",
)
T028 = translate(
    "Meddelande",
    "VÄRDE",
    "cli.help.varde",
)
T029 = translate(
    "Meddelande",
    "Vänskapshuset: räkna besök vid dörren, registrera aktiviteter och ta fram "
    "rapporterna. Utan kommando öppnas fönstret.",
    "cli.help.vanskapshuset_rakna_besok_vid_dorren_reg",
)
T030 = translate(
    "Meddelande",
    "aktivitetens id",
    "cli.help.aktivitetens_id",
)
T031 = translate(
    "Meddelande",
    "aktivitetens id (se activity list)",
    "cli.help.aktivitetens_id_se_activity_list",
)
T032 = translate(
    "Meddelande",
    "aktivitetens rubrik",
    "cli.help.aktivitetens_rubrik",
)
T033 = translate(
    "Meddelande",
    "aktiviteter",
    "cli.help.aktiviteter",
)
T034 = translate(
    "Meddelande",
    "aktivitetstypens namn",
    "cli.help.aktivitetstypens_namn",
)
T035 = translate(
    "Meddelande",
    "aktörens namn",
    "cli.help.aktorens_namn",
)
T036 = translate(
    "Meddelande",
    "aktörer och föreningar",
    "cli.help.aktorer_och_foreningar",
)
T037 = translate(
    "Meddelande",
    "alla platser",
    "cli.help.alla_platser",
)
T038 = translate(
    "Meddelande",
    "alla rader för en period, för egna kalkyler",
    "cli.help.alla_rader_for_en_period_for_egna_kalkyl",
)
T039 = translate(
    "Meddelande",
    "andra som deltog, i ord (t.ex. boende i området)",
    "cli.help.andra_som_deltog_i_ord_t_ex_boende_i_omr",
)
T040 = translate(
    "Meddelande",
    "anmälningslista för en utflykt",
    "cli.help.anmalningslista_for_en_utflykt",
)
T041 = translate(
    "Meddelande",
    "annars den första platsen med en dörr",
    "cli.help.annars_den_forsta_platsen_med_en_dorr",
)
T042 = translate(
    "Meddelande",
    "ansvarig ledare",
    "cli.help.ansvarig_ledare",
)
T043 = translate(
    "Meddelande",
    "antal besök (1 om inget anges)",
    "cli.help.antal_besok_1_om_inget_anges",
)
T044 = translate(
    "Meddelande",
    "antal ledare",
    "cli.help.antal_ledare",
)
T045 = translate(
    "Meddelande",
    "antal platser (3 eller fler)",
    "cli.help.antal_platser_3_eller_fler",
)
T046 = translate(
    "Meddelande",
    "antal år bakåt från --year",
    "cli.help.antal_ar_bakat_fran_year",
)
T047 = translate(
    "Meddelande",
    "anteckning",
    "cli.help.anteckning",
)
T048 = translate(
    "Meddelande",
    "argument",
    "cli.help.argument",
)
T049 = translate(
    "Meddelande",
    "argumentet %(argument_name)s: %(message)s",
    "cli.help.argumentet_argument_name_s_message_s",
)
T050 = translate(
    "Meddelande",
    "arrangerande aktör",
    "cli.help.arrangerande_aktor",
)
T051 = translate(
    "Meddelande",
    "association, non_profit, municipal, informal_group, business eller academia",
    "cli.help.association_non_profit_municipal_informa",
)
T052 = translate(
    "Meddelande",
    "bara den här platsen",
    "cli.help.bara_den_har_platsen",
)
T053 = translate(
    "Meddelande",
    "bara den här platsen (annars säsongens egna platser)",
    "cli.help.bara_den_har_platsen_annars_sasongens_eg",
)
T054 = translate(
    "Meddelande",
    "besök",
    "cli.help.besok",
)
T055 = translate(
    "Meddelande",
    "besökaren är här för första gången i säsongen",
    "cli.help.besokaren_ar_har_for_forsta_gangen_i_sas",
)
T056 = translate(
    "Meddelande",
    "dagboken: öppet eller stängt, öppettider och anteckning",
    "cli.help.dagboken_oppet_eller_stangt_oppettider_o",
)
T057 = translate(
    "Meddelande",
    "dagen (ÅÅÅÅ-MM-DD)",
    "cli.help.dagen_aaaa_mm_dd",
)
T058 = translate(
    "Meddelande",
    "dagen enkäten gjordes (ÅÅÅÅ-MM-DD)",
    "cli.help.dagen_enkaten_gjordes_aaaa_mm_dd",
)
T059 = translate(
    "Meddelande",
    "dagens anteckning",
    "cli.help.dagens_anteckning",
)
T060 = translate(
    "Meddelande",
    "de här argumenten behövs: %s",
    "cli.help.de_har_argumenten_behovs_s",
)
T061 = translate(
    "Meddelande",
    "deltagare, t.ex. girl:7-9=3,boy:10-13=2",
    "cli.help.deltagare_t_ex_girl_7_9_3_boy_10_13_2",
)
T062 = translate(
    "Meddelande",
    "den delade mappen",
    "cli.help.den_delade_mappen",
)
T063 = translate(
    "Meddelande",
    "den här datorns namn i laget",
    "cli.help.den_har_datorns_namn_i_laget",
)
T064 = translate(
    "Meddelande",
    "det sista året",
    "cli.help.det_sista_aret",
)
T065 = translate(
    "Meddelande",
    "en aktör ur registret som deltog (kan anges flera gånger)",
    "cli.help.en_aktor_ur_registret_som_deltog_kan_ang",
)
T066 = translate(
    "Meddelande",
    "en andra mapp (t.ex. ett USB-minne)",
    "cli.help.en_andra_mapp_t_ex_ett_usb_minne",
)
T067 = translate(
    "Meddelande",
    "en dags rapport",
    "cli.help.en_dags_rapport",
)
T068 = translate(
    "Meddelande",
    "en kort anteckning",
    "cli.help.en_kort_anteckning",
)
T069 = translate(
    "Meddelande",
    "en kort sammanfattning",
    "cli.help.en_kort_sammanfattning",
)
T070 = translate(
    "Meddelande",
    "en period du väljer",
    "cli.help.en_period_du_valjer",
)
T071 = translate(
    "Meddelande",
    "en plats där säsongen pågår (kan anges flera gånger; ersätter platserna)",
    "cli.help.en_plats_dar_sasongen_pagar_kan_anges_fl",
)
T072 = translate(
    "Meddelande",
    "en plats där säsongen pågår (kan anges flera gånger; ingen: alla platser)",
    "cli.help.en_plats_dar_sasongen_pagar_kan_anges_fl_",
)
T073 = translate(
    "Meddelande",
    "en samverkanspartner ur registret (kan anges flera gånger)",
    "cli.help.en_samverkanspartner_ur_registret_kan_an",
)
T074 = translate(
    "Meddelande",
    "en säkerhetskopias namn (se backup list) eller sökvägen till en fil",
    "cli.help.en_sakerhetskopias_namn_se_backup_list_e",
)
T075 = translate(
    "Meddelande",
    "en tom lista att fylla i",
    "cli.help.en_tom_lista_att_fylla_i",
)
T076 = translate(
    "Meddelande",
    "enkätens id (se followup list)",
    "cli.help.enkatens_id_se_followup_list",
)
T077 = translate(
    "Meddelande",
    "enkäter och samtal med aktörer",
    "cli.help.enkater_och_samtal_med_aktorer",
)
T078 = translate(
    "Meddelande",
    "ett av argumenten %s behövs",
    "cli.help.ett_av_argumenten_s_behovs",
)
T079 = translate(
    "Meddelande",
    "ett språk till bredvid svenskan, t.ex. ar (arabiska), so (somaliska) eller en "
    "(engelska); annars bara svenska",
    "cli.help.ett_sprak_till_bredvid_svenskan_t_ex_ar",
)
T080 = translate(
    "Meddelande",
    "ett värde behövs",
    "cli.help.ett_varde_behovs",
)
T081 = translate(
    "Meddelande",
    "filen att skriva",
    "cli.help.filen_att_skriva",
)
T082 = translate(
    "Meddelande",
    "flaggan %(option)s är tvetydig, den kan vara %(matches)s",
    "cli.help.flaggan_option_s_ar_tvetydig_den_kan_var",
)
T083 = translate(
    "Meddelande",
    "flaggor",
    "cli.help.flaggor",
)
T084 = translate(
    "Meddelande",
    "fyll en tom datamapp med ett påhittat år",
    "cli.help.fyll_en_tom_datamapp_med_ett_pahittat_ar",
)
T085 = translate(
    "Meddelande",
    "första dagen",
    "cli.help.forsta_dagen",
)
T086 = translate(
    "Meddelande",
    "första dagen (ÅÅÅÅ-MM-DD)",
    "cli.help.forsta_dagen_aaaa_mm_dd",
)
T087 = translate(
    "Meddelande",
    "girl, boy, other eller unknown",
    "cli.help.girl_boy_other_eller_unknown",
)
T088 = translate(
    "Meddelande",
    "gå med i ett lag med lagkoden",
    "cli.help.ga_med_i_ett_lag_med_lagkoden",
)
T089 = translate(
    "Meddelande",
    "går inte tillsammans med %s",
    "cli.help.gar_inte_tillsammans_med_s",
)
T090 = translate(
    "Meddelande",
    "gör en säkerhetskopia nu",
    "cli.help.gor_en_sakerhetskopia_nu",
)
T091 = translate(
    "Meddelande",
    "högst ett värde",
    "cli.help.hogst_ett_varde",
)
T092 = translate(
    "Meddelande",
    "indoor (inomhus), outdoor (utomhus) eller excursion",
    "cli.help.indoor_inomhus_outdoor_utomhus_eller_exc",
)
T093 = translate(
    "Meddelande",
    "ingen andra mapp",
    "cli.help.ingen_andra_mapp",
)
T094 = translate(
    "Meddelande",
    "initiativets id (se followup list)",
    "cli.help.initiativets_id_se_followup_list",
)
T095 = translate(
    "Meddelande",
    "initiativets namn",
    "cli.help.initiativets_namn",
)
T096 = translate(
    "Meddelande",
    "kan inte öppna '%(filename)s': %(error)s",
    "cli.help.kan_inte_oppna_filename_s_error_s",
)
T097 = translate(
    "Meddelande",
    "kommandon",
    "cli.help.kommandon",
)
T098 = translate(
    "Meddelande",
    "kontrollera databasen",
    "cli.help.kontrollera_databasen",
)
T099 = translate(
    "Meddelande",
    "kunskapsutbyte mellan aktörer (eller inte)",
    "cli.help.kunskapsutbyte_mellan_aktorer_eller_inte",
)
T100 = translate(
    "Meddelande",
    "laget av datorer som synkar",
    "cli.help.laget_av_datorer_som_synkar",
)
T101 = translate(
    "Meddelande",
    "lagkoden från koordinatorns dator",
    "cli.help.lagkoden_fran_koordinatorns_dator",
)
T102 = translate(
    "Meddelande",
    "ledaren som gör ändringen, i historiken (annars den senast valda på datorn)",
    "cli.help.ledaren_som_gor_andringen_i_historiken_a",
)
T103 = translate(
    "Meddelande",
    "ledarens telefon",
    "cli.help.ledarens_telefon",
)
T104 = translate(
    "Meddelande",
    "lista en periods aktiviteter",
    "cli.help.lista_en_periods_aktiviteter",
)
T105 = translate(
    "Meddelande",
    "lista säkerhetskopiorna",
    "cli.help.lista_sakerhetskopiorna",
)
T106 = translate(
    "Meddelande",
    "lägg till en aktör",
    "cli.help.lagg_till_en_aktor",
)
T107 = translate(
    "Meddelande",
    "lägg till en enkät (skriver ut dess id)",
    "cli.help.lagg_till_en_enkat_skriver_ut_dess_id",
)
T108 = translate(
    "Meddelande",
    "lägg till en plats",
    "cli.help.lagg_till_en_plats",
)
T109 = translate(
    "Meddelande",
    "lägg till en säsong",
    "cli.help.lagg_till_en_sasong",
)
T110 = translate(
    "Meddelande",
    "lägg till ett initiativ (skriver ut dess id)",
    "cli.help.lagg_till_ett_initiativ_skriver_ut_dess",
)
T111 = translate(
    "Meddelande",
    "läs synkfiler",
    "cli.help.las_synkfiler",
)
T112 = translate(
    "Meddelande",
    "mappen med databasen (annars standardmappen)",
    "cli.help.mappen_med_databasen_annars_standardmapp",
)
T113 = translate(
    "Meddelande",
    "medverkande aktör (kan upprepas)",
    "cli.help.medverkande_aktor_kan_upprepas",
)
T114 = translate(
    "Meddelande",
    "minst ett värde behövs",
    "cli.help.minst_ett_varde_behovs",
)
T115 = translate(
    "Meddelande",
    "ny första dag (ÅÅÅÅ-MM-DD)",
    "cli.help.ny_forsta_dag_aaaa_mm_dd",
)
T116 = translate(
    "Meddelande",
    "ny sista dag (ÅÅÅÅ-MM-DD)",
    "cli.help.ny_sista_dag_aaaa_mm_dd",
)
T117 = translate(
    "Meddelande",
    "nyckeltal för en period",
    "cli.help.nyckeltal_for_en_period",
)
T118 = translate(
    "Meddelande",
    "när initiativet började (ÅÅÅÅ-MM-DD)",
    "cli.help.nar_initiativet_borjade_aaaa_mm_dd",
)
T119 = translate(
    "Meddelande",
    "när initiativet slutade (ÅÅÅÅ-MM-DD; tomt: inget slut)",
    "cli.help.nar_initiativet_slutade_aaaa_mm_dd_tomt",
)
T120 = translate(
    "Meddelande",
    "ogiltigt val: %(value)r (välj bland %(choices)s)",
    "cli.help.ogiltigt_val_value_r_valj_bland_choices",
)
T121 = translate(
    "Meddelande",
    "ogiltigt värde: %(value)r",
    "cli.help.ogiltigt_varde_value_r",
)
T122 = translate(
    "Meddelande",
    "okända argument: %s",
    "cli.help.okanda_argument_s",
)
T123 = translate(
    "Meddelande",
    "okänt kommando %(parser_name)r (välj bland %(choices)s)",
    "cli.help.okant_kommando_parser_name_r_valj_bland",
)
T124 = translate(
    "Meddelande",
    "organisationens namn",
    "cli.help.organisationens_namn",
)
T125 = translate(
    "Meddelande",
    "oväntad flagga: %s",
    "cli.help.ovantad_flagga_s",
)
T126 = translate(
    "Meddelande",
    "planned (planerad), ongoing (pågår) eller ended (avslutad)",
    "cli.help.planned_planerad_ongoing_pagar_eller_end",
)
T127 = translate(
    "Meddelande",
    "platsens namn",
    "cli.help.platsens_namn",
)
T128 = translate(
    "Meddelande",
    "platser",
    "cli.help.platser",
)
T129 = translate(
    "Meddelande",
    "rapporter som PDF, Word, Excel eller CSV",
    "cli.help.rapporter_som_pdf_word_excel_eller_csv",
)
T130 = translate(
    "Meddelande",
    "registrera en aktivitet",
    "cli.help.registrera_en_aktivitet",
)
T131 = translate(
    "Meddelande",
    "räkna besök",
    "cli.help.rakna_besok",
)
T132 = translate(
    "Meddelande",
    "räknelapp på papper för en dag",
    "cli.help.raknelapp_pa_papper_for_en_dag",
)
T133 = translate(
    "Meddelande",
    "samlingsplats",
    "cli.help.samlingsplats",
)
T134 = translate(
    "Meddelande",
    "samordnarens lösenord",
    "cli.help.samordnarens_losenord",
)
T135 = translate(
    "Meddelande",
    "samverkansinitiativ som följs",
    "cli.help.samverkansinitiativ_som_foljs",
)
T136 = translate(
    "Meddelande",
    "sista dagen",
    "cli.help.sista_dagen",
)
T137 = translate(
    "Meddelande",
    "sista dagen (ÅÅÅÅ-MM-DD)",
    "cli.help.sista_dagen_aaaa_mm_dd",
)
T138 = translate(
    "Meddelande",
    "skapa ett lag och visa lagkoden",
    "cli.help.skapa_ett_lag_och_visa_lagkoden",
)
T139 = translate(
    "Meddelande",
    "skriv den här datorns synkfil",
    "cli.help.skriv_den_har_datorns_synkfil",
)
T140 = translate(
    "Meddelande",
    "skriv en dags dagbok",
    "cli.help.skriv_en_dags_dagbok",
)
T141 = translate(
    "Meddelande",
    "slumpfrö (samma frö, samma data)",
    "cli.help.slumpfro_samma_fro_samma_data",
)
T142 = translate(
    "Meddelande",
    "sluttid (TT:MM)",
    "cli.help.sluttid_tt_mm",
)
T143 = translate(
    "Meddelande",
    "som JSON",
    "cli.help.som_json",
)
T144 = translate(
    "Meddelande",
    "spara samverkansnätverket (vilka organisationer som arbetat tillsammans) som CSV",
    "cli.help.spara_samverkansnatverket_vilka_organisa",
)
T145 = translate(
    "Meddelande",
    "spara som CSV-filer i den här mappen",
    "cli.help.spara_som_csv_filer_i_den_har_mappen",
)
T146 = translate(
    "Meddelande",
    "spara som Excel i den här filen",
    "cli.help.spara_som_excel_i_den_har_filen",
)
T147 = translate(
    "Meddelande",
    "spara som PDF i den här filen",
    "cli.help.spara_som_pdf_i_den_har_filen",
)
T148 = translate(
    "Meddelande",
    "spara som Word-dokument (redigerbart) i den här filen",
    "cli.help.spara_som_word_dokument_redigerbart_i_de",
)
T149 = translate(
    "Meddelande",
    "språket för den här körningen, t.ex. sv, en eller ar (annars det sparade)",
    "cli.help.spraket_for_den_har_korningen_t_ex_sv_en",
)
T150 = translate(
    "Meddelande",
    "starttid (TT:MM)",
    "cli.help.starttid_tt_mm",
)
T151 = translate(
    "Meddelande",
    "stängt den dagen",
    "cli.help.stangt_den_dagen",
)
T152 = translate(
    "Meddelande",
    "synka genom en delad mapp",
    "cli.help.synka_genom_en_delad_mapp",
)
T153 = translate(
    "Meddelande",
    "synka med lagets andra datorer",
    "cli.help.synka_med_lagets_andra_datorer",
)
T154 = translate(
    "Meddelande",
    "synkfiler (.vhsync)",
    "cli.help.synkfiler_vhsync",
)
T155 = translate(
    "Meddelande",
    "säkerhetskopior",
    "cli.help.sakerhetskopior",
)
T156 = translate(
    "Meddelande",
    "säsongen gäller alla platser",
    "cli.help.sasongen_galler_alla_platser",
)
T157 = translate(
    "Meddelande",
    "säsongens namn",
    "cli.help.sasongens_namn",
)
T158 = translate(
    "Meddelande",
    "säsongens nya namn",
    "cli.help.sasongens_nya_namn",
)
T159 = translate(
    "Meddelande",
    "säsongens sammanfattning",
    "cli.help.sasongens_sammanfattning",
)
T160 = translate(
    "Meddelande",
    "säsonger",
    "cli.help.sasonger",
)
T161 = translate(
    "Meddelande",
    "sätt eller byt lösenordet (det nya från VANSKAPSHUSET_NEW_PASSWORD eller skrivet två gånger)",
    "cli.help.satt_eller_byt_losenordet_det_nya_fran_v",
)
T162 = translate(
    "Meddelande",
    "ta bort en aktivitet",
    "cli.help.ta_bort_en_aktivitet",
)
T163 = translate(
    "Meddelande",
    "ta bort en enkät",
    "cli.help.ta_bort_en_enkat",
)
T164 = translate(
    "Meddelande",
    "ta bort ett initiativ",
    "cli.help.ta_bort_ett_initiativ",
)
T165 = translate(
    "Meddelande",
    "ta bort lösenordet (inget är då låst)",
    "cli.help.ta_bort_losenordet_inget_ar_da_last",
)
T166 = translate(
    "Meddelande",
    "ta med",
    "cli.help.ta_med",
)
T167 = translate(
    "Meddelande",
    "tidpunkt ÅÅÅÅ-MM-DDTTT:MM (annars nu)",
    "cli.help.tidpunkt_aaaa_mm_ddttt_mm_annars_nu",
)
T168 = translate(
    "Meddelande",
    "uppföljning: enkäter till aktörer och samverkansinitiativ som följs",
    "cli.help.uppfoljning_enkater_till_aktorer_och_sam",
)
T169 = translate(
    "Meddelande",
    "utskrifter: anmälningslista och räknelapp",
    "cli.help.utskrifter_anmalningslista_och_raknelapp",
)
T170 = translate(
    "Meddelande",
    "vad vi gjort tillsammans med en organisation under en period",
    "cli.help.vad_vi_gjort_tillsammans_med_en_organisa",
)
T171 = translate(
    "Meddelande",
    "verksamhetsområde",
    "cli.help.verksamhetsomrade",
)
T172 = translate(
    "Meddelande",
    "visa dagböckerna för en period",
    "cli.help.visa_dagbockerna_for_en_period",
)
T173 = translate(
    "Meddelande",
    "visa den här hjälpen och avsluta",
    "cli.help.visa_den_har_hjalpen_och_avsluta",
)
T174 = translate(
    "Meddelande",
    "visa eller välj en andra mapp för kopiorna",
    "cli.help.visa_eller_valj_en_andra_mapp_for_kopior",
)
T175 = translate(
    "Meddelande",
    "visa ett års enkäter och initiativ",
    "cli.help.visa_ett_ars_enkater_och_initiativ",
)
T176 = translate(
    "Meddelande",
    "visa programmets version och avsluta",
    "cli.help.visa_programmets_version_och_avsluta",
)
T177 = translate(
    "Meddelande",
    "visa säsongerna och deras platser",
    "cli.help.visa_sasongerna_och_deras_platser",
)
T178 = translate(
    "Meddelande",
    "värdet %r gäller inte den här flaggan",
    "cli.help.vardet_r_galler_inte_den_har_flaggan",
)
T179 = translate(
    "Meddelande",
    "ÅLDER",
    "cli.help.alder",
)
T180 = translate(
    "Meddelande",
    "ÅR",
    "cli.help.ar",
)
T181 = translate(
    "Meddelande",
    "ÅTGÄRD",
    "cli.help.atgard",
)
T182 = translate(
    "Meddelande",
    "ändra en aktivitet",
    "cli.help.andra_en_aktivitet",
)
T183 = translate(
    "Meddelande",
    "ändra en enkät",
    "cli.help.andra_en_enkat",
)
T184 = translate(
    "Meddelande",
    "ändra en säsongs namn, datum eller platser",
    "cli.help.andra_en_sasongs_namn_datum_eller_platse",
)
T185 = translate(
    "Meddelande",
    "ändra ett initiativ",
    "cli.help.andra_ett_initiativ",
)
T186 = translate(
    "Meddelande",
    "åldersgrupp, t.ex. 7-9",
    "cli.help.aldersgrupp_t_ex_7_9",
)
T187 = translate(
    "Meddelande",
    "året",
    "cli.help.aret",
)
T188 = translate(
    "Meddelande",
    "årets uppföljning",
    "cli.help.arets_uppfoljning",
)
T189 = translate(
    "Meddelande",
    "återställ en säkerhetskopia",
    "cli.help.aterstall_en_sakerhetskopia",
)
T190 = translate(
    "Meddelande",
    "öppet den dagen",
    "cli.help.oppet_den_dagen",
)
T191 = translate(
    "Meddelande",
    "öppettider",
    "cli.help.oppettider",
)
T192 = translate(
    "Meddelande",
    "öppna fönstret (samma som utan kommando)",
    "cli.help.oppna_fonstret_samma_som_utan_kommando",
)
