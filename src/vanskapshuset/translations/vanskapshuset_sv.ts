<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="sv_SE">
<context>
    <name>ActivitiesPage</name>
    <message numerus="yes">
        <source>%n aktiviteter · %1 deltagare</source>
        <translation>
            <numerusform>%n aktivitet · %1 deltagare</numerusform>
            <numerusform>%n aktiviteter · %1 deltagare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message numerus="yes">
        <source>%1 besök, %n aktiviteter</source>
        <translation>
            <numerusform>%1 besök, %n aktivitet</numerusform>
            <numerusform>%1 besök, %n aktiviteter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%1 (%n nya)</source>
        <translation>
            <numerusform>%1 (%n ny)</numerusform>
            <numerusform>%1 (%n nya)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Meddelande</name>
    <message numerus="yes">
        <source>För många fel lösenord: vänta %n sekunder innan nästa försök.</source>
        <comment>access.wait</comment>
        <translation>
            <numerusform>För många fel lösenord: vänta %n sekund innan nästa försök.</numerusform>
            <numerusform>För många fel lösenord: vänta %n sekunder innan nästa försök.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{visits} besök, %n aktiviteter, schema {revision}</source>
        <comment>backup.holds</comment>
        <translation>
            <numerusform>{visits} besök, %n aktivitet, schema {revision}</numerusform>
            <numerusform>{visits} besök, %n aktiviteter, schema {revision}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demodata för {period}: {visits} besök och %n aktiviteter ({seasons}).</source>
        <comment>demo.summary</comment>
        <translation>
            <numerusform>Demodata för {period}: {visits} besök och %n aktivitet ({seasons}).</numerusform>
            <numerusform>Demodata för {period}: {visits} besök och %n aktiviteter ({seasons}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uppgraderingen av databasen avbröts: den skulle ha lämnat %n trasiga hänvisningar. Inget har ändrats.</source>
        <comment>store.upgrade_would_break</comment>
        <translation>
            <numerusform>Uppgraderingen av databasen avbröts: den skulle ha lämnat %n trasig hänvisning. Inget har ändrats.</numerusform>
            <numerusform>Uppgraderingen av databasen avbröts: den skulle ha lämnat %n trasiga hänvisningar. Inget har ändrats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lagkoden ska ha {expected} tecken (utan bindestreck), men har %n.</source>
        <comment>sync.code.length</comment>
        <translation>
            <numerusform>Lagkoden ska ha {expected} tecken (utan bindestreck), men har %n.</numerusform>
            <numerusform>Lagkoden ska ha {expected} tecken (utan bindestreck), men har %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte</source>
        <comment>sync.size.bytes</comment>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n byte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Datorns klocka gick tidigare fel: %n ändringar med för sent datum fick dagens tid.</source>
        <comment>sync.export.clock_repaired</comment>
        <translation>
            <numerusform>Datorns klocka gick tidigare fel: %n ändring med för sent datum fick dagens tid.</numerusform>
            <numerusform>Datorns klocka gick tidigare fel: %n ändringar med för sent datum fick dagens tid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n besök sparade.</source>
        <comment>visits.saved</comment>
        <translation>
            <numerusform>%n besök sparat.</numerusform>
            <numerusform>%n besök sparade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lösenordet måste ha minst %n tecken.</source>
        <comment>setup.password_too_short</comment>
        <translation>
            <numerusform>Lösenordet måste ha minst %n tecken.</numerusform>
            <numerusform>Lösenordet måste ha minst %n tecken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Högst %n besök kan läggas till på en gång.</source>
        <comment>number.visits_at_once.too_high</comment>
        <translation>
            <numerusform>Högst %n besök kan läggas till på en gång.</numerusform>
            <numerusform>Högst %n besök kan läggas till på en gång.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Högst %n deltagare per kön och åldersgrupp kan anges.</source>
        <comment>number.participants_per_cell.too_high</comment>
        <translation>
            <numerusform>Högst %n deltagare per kön och åldersgrupp kan anges.</numerusform>
            <numerusform>Högst %n deltagare per kön och åldersgrupp kan anges.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Högst %n besök per ruta kan skrivas in från en räknelista.</source>
        <comment>number.paper_per_cell.too_high</comment>
        <translation>
            <numerusform>Högst %n besök per ruta kan skrivas in från en räknelista.</numerusform>
            <numerusform>Högst %n besök per ruta kan skrivas in från en räknelista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Högst %n besök kan skrivas in från en räknelista.</source>
        <comment>number.paper_per_sheet.too_high</comment>
        <translation>
            <numerusform>Högst %n besök kan skrivas in från en räknelista.</numerusform>
            <numerusform>Högst %n besök kan skrivas in från en räknelista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sparandetiden ska vara {low}–%n dagar.</source>
        <comment>number.retention_days</comment>
        <translation>
            <numerusform>Sparandetiden ska vara {low}–%n dag.</numerusform>
            <numerusform>Sparandetiden ska vara {low}–%n dagar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Åldern måste vara mellan {low} och %n år.</source>
        <comment>number.signup_age</comment>
        <translation>
            <numerusform>Åldern måste vara mellan {low} och %n år.</numerusform>
            <numerusform>Åldern måste vara mellan {low} och %n år.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>En åldersgrupp kan inte börja under %n år.</source>
        <comment>number.band_age.too_low</comment>
        <translation>
            <numerusform>En åldersgrupp kan inte börja under %n år.</numerusform>
            <numerusform>En åldersgrupp kan inte börja under %n år.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>En åldersgrupp kan inte gå över %n år.</source>
        <comment>number.band_age.too_high</comment>
        <translation>
            <numerusform>En åldersgrupp kan inte gå över %n år.</numerusform>
            <numerusform>En åldersgrupp kan inte gå över %n år.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demodata kan fyllas i för högst %n år.</source>
        <comment>number.demo_years.too_high</comment>
        <translation>
            <numerusform>Demodata kan fyllas i för högst %n år.</numerusform>
            <numerusform>Demodata kan fyllas i för högst %n år.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demodata kan fyllas i för högst %n platser.</source>
        <comment>number.demo_sites.too_high</comment>
        <translation>
            <numerusform>Demodata kan fyllas i för högst %n plats.</numerusform>
            <numerusform>Demodata kan fyllas i för högst %n platser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} får vara högst %n tecken (nu {length}).</source>
        <comment>text.too_long</comment>
        <translation>
            <numerusform>{what} får vara högst %n tecken (nu {length}).</numerusform>
            <numerusform>{what} får vara högst %n tecken (nu {length}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Databasen har fel: %n trasiga hänvisningar, schema {revision}.</source>
        <comment>cli.check_failed</comment>
        <translation>
            <numerusform>Databasen har fel: %n trasig hänvisning, schema {revision}.</numerusform>
            <numerusform>Databasen har fel: %n trasiga hänvisningar, schema {revision}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalDataTab</name>
    <message numerus="yes">
        <source>%n anmälningar för ”%1”.</source>
        <translation>
            <numerusform>%n anmälan för ”%1”.</numerusform>
            <numerusform>%n anmälningar för ”%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <source>%n diagram sparade i %1</source>
        <translation>
            <numerusform>%n diagram sparat i %1</numerusform>
            <numerusform>%n diagram sparade i %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CSV-filer sparade i %1</source>
        <translation>
            <numerusform>%n CSV-fil sparad i %1</numerusform>
            <numerusform>%n CSV-filer sparade i %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignUpsDialog</name>
    <message numerus="yes">
        <source>%n anmälda · %1 kom</source>
        <translation>
            <numerusform>%n anmäld · %1 kom</numerusform>
            <numerusform>%n anmälda · %1 kom</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <source>%n nya konflikter att titta på</source>
        <translation>
            <numerusform>%n ny konflikt att titta på</numerusform>
            <numerusform>%n nya konflikter att titta på</numerusform>
        </translation>
    </message>
</context>
</TS>
