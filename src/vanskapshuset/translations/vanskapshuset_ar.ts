<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Om Vänskapshuset</source>
        <translation>حول Vänskapshuset</translation>
    </message>
    <message>
        <source>Programmet</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Licenser</source>
        <translation>التراخيص</translation>
    </message>
    <message>
        <source>Version %1. Licens: %2.</source>
        <translation>الإصدار %1. الترخيص: %2.</translation>
    </message>
    <message>
        <source>Räknar besök vid dörren, håller ordning på aktiviteter och gör rapporterna för Vänskapshuset och Bästa sommaren.</source>
        <translation>يعدّ الزيارات عند الباب، وينظّم الأنشطة، ويُعدّ التقارير لـ Vänskapshuset و Bästa sommaren.</translation>
    </message>
    <message>
        <source>Mappar som används på den här datorn</source>
        <translation>المجلدات المستخدمة على هذا الحاسوب</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;البيانات:</translation>
    </message>
    <message>
        <source>Öppna datamappen</source>
        <translation>فتح مجلد البيانات</translation>
    </message>
    <message>
        <source>Säkerhets&amp;kopior:</source>
        <translation>ال&amp;نسخ الاحتياطية:</translation>
    </message>
    <message>
        <source>Öppna mappen med säkerhetskopior</source>
        <translation>فتح مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Loggfiler:</source>
        <translation>م&amp;لفات السجل التقني:</translation>
    </message>
    <message>
        <source>Öppna loggmappen</source>
        <translation>فتح مجلد السجل التقني</translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Finns inte än</source>
        <translation>غير موجود بعد</translation>
    </message>
    <message>
        <source>Mappen %1 gick inte att öppna.</source>
        <translation>تعذّر فتح المجلد %1.</translation>
    </message>
    <message>
        <source>%1 är fri programvara under licensen %2. Det följer med typsnitt och komponenter från andra, under sina egna licenser:</source>
        <translation>%1 برنامج حر بترخيص %2. ويأتي معه خطوط ومكوّنات من جهات أخرى، بتراخيصها الخاصة:</translation>
    </message>
    <message>
        <source>Typsnitten DejaVu</source>
        <translation>خطوط DejaVu</translation>
    </message>
    <message>
        <source>Översikt</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Licenstext</source>
        <translation>نص الترخيص</translation>
    </message>
    <message>
        <source>Licenserna för de medföljande komponenterna finns inte i den här installationen. De står i programmets källkod, mappen resources/licenses.</source>
        <translation>تراخيص المكوّنات المرفقة غير موجودة في هذا التثبيت. وهي موجودة في الشيفرة المصدرية للبرنامج، في المجلد resources/licenses.</translation>
    </message>
    <message>
        <source>Filen %1 gick inte att läsa.</source>
        <translation>تعذّرت قراءة الملف %1.</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Filtrera på plats</source>
        <translation>تصفية حسب الموقع</translation>
    </message>
    <message>
        <source>Filtrera på typ</source>
        <translation>تصفية حسب النوع</translation>
    </message>
    <message>
        <source>Filtrera på område</source>
        <translation>تصفية حسب المجال</translation>
    </message>
    <message>
        <source>Filtrera på organisation</source>
        <translation>تصفية حسب المنظمة</translation>
    </message>
    <message>
        <source>Sök</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Sök titel, organisation, anteckning… (Ctrl+F)</source>
        <translation>ابحث في العنوان، المنظمة، الملاحظة… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Visa:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <source>&amp;Ny aktivitet</source>
        <translation>نشاط &amp;جديد</translation>
    </message>
    <message>
        <source>Ny aktivitet</source>
        <translation>نشاط جديد</translation>
    </message>
    <message>
        <source>Registrera en ny aktivitet (Ctrl+N)</source>
        <translation>إضافة نشاط جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Redigera</source>
        <translation>&amp;تعديل</translation>
    </message>
    <message>
        <source>Redigera vald aktivitet</source>
        <translation>تعديل النشاط المحدد</translation>
    </message>
    <message>
        <source>Ändra vald aktivitet (Enter)</source>
        <translation>تغيير النشاط المحدد (Enter)</translation>
    </message>
    <message>
        <source>&amp;Ta bort</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Ta bort vald aktivitet</source>
        <translation>حذف النشاط المحدد</translation>
    </message>
    <message>
        <source>Ta bort vald aktivitet (Delete)</source>
        <translation>حذف النشاط المحدد (Delete)</translation>
    </message>
    <message>
        <source>&amp;Anmälningar…</source>
        <translation>ال&amp;تسجيلات…</translation>
    </message>
    <message>
        <source>Anmälningar till vald aktivitet</source>
        <translation>التسجيلات في النشاط المحدد</translation>
    </message>
    <message>
        <source>Barnen som anmält sig till vald aktivitet, och listan att skriva ut</source>
        <translation>الأطفال المسجّلون في النشاط المحدد، والقائمة للطباعة</translation>
    </message>
    <message>
        <source>Från &amp;mall</source>
        <translation>من &amp;قالب</translation>
    </message>
    <message>
        <source>Skapa aktivitet från mall</source>
        <translation>إنشاء نشاط من قالب</translation>
    </message>
    <message>
        <source>Skapa dagens aktivitet från en veckomall</source>
        <translation>إنشاء نشاط اليوم من قالب أسبوعي</translation>
    </message>
    <message>
        <source>Dag för mallen</source>
        <translation>يوم القالب</translation>
    </message>
    <message>
        <source>för &amp;dag</source>
        <translation>ل&amp;يوم</translation>
    </message>
    <message>
        <source>Mallar…</source>
        <translation>القوالب…</translation>
    </message>
    <message>
        <source>Hantera mallar</source>
        <translation>إدارة القوالب</translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Perioden slutar före den börjar.</source>
        <translation>الفترة تنتهي قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>Hämtar aktiviteterna…</source>
        <translation>جارٍ تحميل الأنشطة…</translation>
    </message>
    <message>
        <source>Alla platser</source>
        <translation>كل المواقع</translation>
    </message>
    <message>
        <source>Alla typer</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Alla organisationer</source>
        <translation>كل المنظمات</translation>
    </message>
    <message>
        <source>Alla områden</source>
        <translation>كل المجالات</translation>
    </message>
    <message numerus="yes">
        <source>%n aktiviteter · %1 deltagare</source>
        <translation>
            <numerusform>لا أنشطة · %1 مشاركين</numerusform>
            <numerusform>نشاط واحد · %1 مشاركين</numerusform>
            <numerusform>نشاطان · %1 مشاركين</numerusform>
            <numerusform>%n أنشطة · %1 مشاركين</numerusform>
            <numerusform>%n نشاطًا · %1 مشاركين</numerusform>
            <numerusform>%n نشاط · %1 مشاركين</numerusform>
        </translation>
    </message>
    <message>
        <source>Dagar äldre än en vecka får bara samordnaren ändra.</source>
        <translation>لا يغيّر الأيام الأقدم من أسبوع إلا المنسّق.</translation>
    </message>
    <message>
        <source>Anmälningar till tidigare aktiviteter får bara samordnaren se.</source>
        <translation>لا يرى تسجيلات الأنشطة السابقة إلا المنسّق.</translation>
    </message>
    <message>
        <source>Sparat. Aktiviteten ligger utanför vald period eller filter.</source>
        <translation>تم الحفظ. النشاط خارج الفترة أو التصفية المختارة.</translation>
    </message>
    <message>
        <source>Sparat.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Ta bort ”%1” den %2? Den räknas då inte längre i statistiken.</source>
        <translation>حذف «%1» في %2؟ لن يُحسب بعد ذلك في الإحصاءات.</translation>
    </message>
    <message>
        <source>Ta bort aktivitet</source>
        <translation>حذف النشاط</translation>
    </message>
    <message>
        <source>”%1” togs bort.</source>
        <translation>تم حذف «%1».</translation>
    </message>
    <message>
        <source>Inga mallar för den här veckodagen</source>
        <translation>لا توجد قوالب لهذا اليوم من الأسبوع</translation>
    </message>
    <message>
        <source>Andra veckodagar</source>
        <translation>أيام الأسبوع الأخرى</translation>
    </message>
    <message>
        <source>”%1” lades till den %2. Fyll i deltagarna med Redigera.</source>
        <translation>أُضيف «%1» في %2. أدخل المشاركين عبر «تعديل».</translation>
    </message>
    <message>
        <source>”%1” lades till den %2 (utanför vald period).</source>
        <translation>أُضيف «%1» في %2 (خارج الفترة المختارة).</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Ny aktivitet</source>
        <translation>نشاط جديد</translation>
    </message>
    <message>
        <source>Ändra aktivitet</source>
        <translation>تعديل النشاط</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Spara aktiviteten</source>
        <translation>حفظ النشاط</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Avbryt utan att spara</source>
        <translation>إلغاء دون حفظ</translation>
    </message>
    <message>
        <source>Aktivitet</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>Starttid</source>
        <translation>وقت البدء</translation>
    </message>
    <message>
        <source>Sluttid</source>
        <translation>وقت الانتهاء</translation>
    </message>
    <message>
        <source>&amp;Tid:</source>
        <translation>ال&amp;وقت:</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>&amp;Plats:</source>
        <translation>ال&amp;موقع:</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>t.ex. Fotboll i parken</source>
        <translation>مثلًا: كرة القدم في الحديقة</translation>
    </message>
    <message>
        <source>Tit&amp;el:</source>
        <translation>الع&amp;نوان:</translation>
    </message>
    <message>
        <source>Aktivitetstyp</source>
        <translation>نوع النشاط</translation>
    </message>
    <message>
        <source>Välj typ…</source>
        <translation>اختر نوعًا…</translation>
    </message>
    <message>
        <source>T&amp;yp:</source>
        <translation>النو&amp;ع:</translation>
    </message>
    <message>
        <source>Verksamhetsområde</source>
        <translation>مجال العمل</translation>
    </message>
    <message>
        <source>Följer typen</source>
        <translation>يتبع النوع</translation>
    </message>
    <message>
        <source>&amp;Område:</source>
        <translation>الم&amp;جال:</translation>
    </message>
    <message>
        <source>Ingen – eller skriv för att söka</source>
        <translation>لا شيء – أو اكتب للبحث</translation>
    </message>
    <message>
        <source>Arrangör</source>
        <translation>المنظِّم</translation>
    </message>
    <message>
        <source>&amp;Arrangör:</source>
        <translation>المن&amp;ظم:</translation>
    </message>
    <message>
        <source>Sa&amp;marbetspartner:</source>
        <translation>ال&amp;شركاء:</translation>
    </message>
    <message>
        <source>Deltagare (antal per kön och åldersgrupp)</source>
        <translation>المشاركون (العدد حسب الجنس والفئة العمرية)</translation>
    </message>
    <message>
        <source>Övrigt</source>
        <translation>تفاصيل أخرى</translation>
    </message>
    <message>
        <source>Antal ledare</source>
        <translation>عدد القادة</translation>
    </message>
    <message>
        <source>Antal &amp;ledare:</source>
        <translation>عدد ال&amp;قادة:</translation>
    </message>
    <message>
        <source>&amp;Kunskapsutbyte</source>
        <translation>ت&amp;بادل المعرفة</translation>
    </message>
    <message>
        <source>Kunskapsutbyte</source>
        <translation>تبادل المعرفة</translation>
    </message>
    <message>
        <source>Kryssa i om aktiviteten var ett kunskapsutbyte mellan aktörer: staden, föreningar, boende.</source>
        <translation>ضع علامة إذا كان النشاط تبادلًا للمعرفة بين جهات: المدينة، الجمعيات، السكان.</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>A&amp;nteckning:</source>
        <translation>م&amp;لاحظة:</translation>
    </message>
    <message>
        <source>Deltagarna räknades i äldre åldersgrupper (%1) och ändras inte här.</source>
        <translation>عُدّ المشاركون بفئات عمرية سابقة (%1) ولا يمكن تغييرهم هنا.</translation>
    </message>
    <message>
        <source>Skriv en titel.</source>
        <translation>اكتب عنوانًا.</translation>
    </message>
    <message>
        <source>Sluttiden måste vara efter starttiden.</source>
        <translation>يجب أن يكون وقت الانتهاء بعد وقت البدء.</translation>
    </message>
    <message>
        <source>Välj en plats.</source>
        <translation>اختر موقعًا.</translation>
    </message>
    <message>
        <source>Välj en aktivitetstyp.</source>
        <translation>اختر نوع النشاط.</translation>
    </message>
    <message>
        <source>Dagar äldre än en vecka får bara samordnaren ändra.</source>
        <translation>لا يغيّر الأيام الأقدم من أسبوع إلا المنسّق.</translation>
    </message>
    <message>
        <source>”%1” finns inte i registret. Välj en organisation i listan, eller spara igen och lägg till den.</source>
        <translation>«%1» غير موجودة في السجل. اختر منظمة من القائمة، أو احفظ مرة أخرى لإضافتها.</translation>
    </message>
    <message>
        <source>”%1” finns inte i registret.</source>
        <translation>&quot;%1&quot; غير موجود في السجل.</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Datum</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>Arrangör</source>
        <translation>المنظِّم</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Kunskapsutbyte</source>
        <translation>تبادل المعرفة</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Arrangör: %1
Samarbetspartner: %2</source>
        <translation>المنظِّم: %1
الشركاء: %2</translation>
    </message>
</context>
<context>
    <name>AgeBandsTab</name>
    <message>
        <source>Skriv åldersgrupperna i ordning, skilda med komma, t.ex. ”0-6, 7-9, 10-13, 14-17, 18-25, 26+”. Besök som redan är räknade behåller sina åldersgrupper.</source>
        <translation>اكتب الفئات العمرية بالترتيب، مفصولة بفواصل (,)، مثلًا: «0-6, 7-9, 10-13, 14-17, 18-25, 26+». الزيارات المعدودة سابقًا تحتفظ بفئاتها العمرية.</translation>
    </message>
    <message>
        <source>Åldersgrupper:</source>
        <translation>الفئات العمرية:</translation>
    </message>
    <message>
        <source>Åldersgrupper</source>
        <translation>الفئات العمرية</translation>
    </message>
    <message>
        <source>Spara åldersgrupper</source>
        <translation>حفظ الفئات العمرية</translation>
    </message>
    <message>
        <source>Åldersgrupp</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Från ålder</source>
        <translation>من عمر</translation>
    </message>
    <message>
        <source>Till ålder</source>
        <translation>إلى عمر</translation>
    </message>
    <message>
        <source>Nuvarande åldersgrupper</source>
        <translation>الفئات العمرية الحالية</translation>
    </message>
    <message>
        <source>och äldre</source>
        <translation>فما فوق</translation>
    </message>
</context>
<context>
    <name>AuditWording</name>
    <message>
        <source>skapade plats</source>
        <translation>أنشأ موقعًا</translation>
    </message>
    <message>
        <source>ändrade plats</source>
        <translation>عدّل موقعًا</translation>
    </message>
    <message>
        <source>tog bort plats</source>
        <translation>حذف موقعًا</translation>
    </message>
    <message>
        <source>skapade säsong</source>
        <translation>أنشأ موسمًا</translation>
    </message>
    <message>
        <source>ändrade säsong</source>
        <translation>عدّل موسمًا</translation>
    </message>
    <message>
        <source>tog bort säsong</source>
        <translation>حذف موسمًا</translation>
    </message>
    <message>
        <source>skapade organisation</source>
        <translation>أنشأ منظمة</translation>
    </message>
    <message>
        <source>ändrade organisation</source>
        <translation>عدّل منظمة</translation>
    </message>
    <message>
        <source>tog bort organisation</source>
        <translation>حذف منظمة</translation>
    </message>
    <message>
        <source>skapade aktivitetstyp</source>
        <translation>أنشأ نوع نشاط</translation>
    </message>
    <message>
        <source>ändrade aktivitetstyp</source>
        <translation>عدّل نوع نشاط</translation>
    </message>
    <message>
        <source>tog bort aktivitetstyp</source>
        <translation>حذف نوع نشاط</translation>
    </message>
    <message>
        <source>skapade ledare</source>
        <translation>أنشأ قائدًا</translation>
    </message>
    <message>
        <source>ändrade ledare</source>
        <translation>عدّل قائدًا</translation>
    </message>
    <message>
        <source>tog bort ledare</source>
        <translation>حذف قائدًا</translation>
    </message>
    <message>
        <source>skapade åldersgrupp</source>
        <translation>أنشأ فئة عمرية</translation>
    </message>
    <message>
        <source>ändrade åldersgrupp</source>
        <translation>عدّل فئة عمرية</translation>
    </message>
    <message>
        <source>tog bort åldersgrupp</source>
        <translation>حذف فئة عمرية</translation>
    </message>
    <message>
        <source>skapade inställning</source>
        <translation>أنشأ إعدادًا</translation>
    </message>
    <message>
        <source>ändrade inställning</source>
        <translation>عدّل إعدادًا</translation>
    </message>
    <message>
        <source>skapade aktivitet</source>
        <translation>أنشأ نشاطًا</translation>
    </message>
    <message>
        <source>ändrade aktivitet</source>
        <translation>عدّل نشاطًا</translation>
    </message>
    <message>
        <source>tog bort aktivitet</source>
        <translation>حذف نشاطًا</translation>
    </message>
    <message>
        <source>skapade dagbok</source>
        <translation>أنشأ سجل اليوم</translation>
    </message>
    <message>
        <source>ändrade dagbok</source>
        <translation>عدّل سجل اليوم</translation>
    </message>
    <message>
        <source>skapade veckomall</source>
        <translation>أنشأ قالبًا أسبوعيًا</translation>
    </message>
    <message>
        <source>ändrade veckomall</source>
        <translation>عدّل قالبًا أسبوعيًا</translation>
    </message>
    <message>
        <source>tog bort veckomall</source>
        <translation>حذف قالبًا أسبوعيًا</translation>
    </message>
    <message>
        <source>skapade enkät</source>
        <translation>أنشأ استبيانًا</translation>
    </message>
    <message>
        <source>ändrade enkät</source>
        <translation>عدّل استبيانًا</translation>
    </message>
    <message>
        <source>tog bort enkät</source>
        <translation>حذف استبيانًا</translation>
    </message>
    <message>
        <source>skapade samverkansinitiativ</source>
        <translation>أنشأ مبادرة تعاون</translation>
    </message>
    <message>
        <source>ändrade samverkansinitiativ</source>
        <translation>عدّل مبادرة تعاون</translation>
    </message>
    <message>
        <source>tog bort samverkansinitiativ</source>
        <translation>حذف مبادرة تعاون</translation>
    </message>
    <message>
        <source>skapade demodata</source>
        <translation>أنشأ بيانات تجريبية</translation>
    </message>
    <message>
        <source>läste in synkfil</source>
        <translation>قرأ ملف مزامنة</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Säsong</source>
        <translation>الموسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Aktivitetstyp</source>
        <translation>نوع النشاط</translation>
    </message>
    <message>
        <source>Ledare</source>
        <translation>القائد</translation>
    </message>
    <message>
        <source>Åldersgrupp</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Inställning</source>
        <translation>الإعداد</translation>
    </message>
    <message>
        <source>Aktivitet</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Dagbok</source>
        <translation>سجل اليوم</translation>
    </message>
    <message>
        <source>Veckomall</source>
        <translation>القالب الأسبوعي</translation>
    </message>
    <message>
        <source>Enkät</source>
        <translation>استبيان</translation>
    </message>
    <message>
        <source>Samverkansinitiativ</source>
        <translation>مبادرة تعاون</translation>
    </message>
    <message>
        <source>namn</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>typ</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>verksamhetsområde</source>
        <translation>مجال العمل</translation>
    </message>
    <message>
        <source>roll</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>från</source>
        <translation>من</translation>
    </message>
    <message>
        <source>till</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>plats</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>platser</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>kod</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>från ålder</source>
        <translation>من عمر</translation>
    </message>
    <message>
        <source>till ålder</source>
        <translation>إلى عمر</translation>
    </message>
    <message>
        <source>ordning</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>inställning</source>
        <translation>الإعداد</translation>
    </message>
    <message>
        <source>värde</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>datum</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>slut</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <source>titel</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>aktivitetstyp</source>
        <translation>نوع النشاط</translation>
    </message>
    <message>
        <source>arrangör</source>
        <translation>المنظِّم</translation>
    </message>
    <message>
        <source>samverkanspartner</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>deltagare</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>antal ledare</source>
        <translation>عدد القادة</translation>
    </message>
    <message>
        <source>kunskapsutbyte</source>
        <translation>تبادل المعرفة</translation>
    </message>
    <message>
        <source>anteckning</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>öppet</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>öppnar</source>
        <translation>يفتح</translation>
    </message>
    <message>
        <source>stänger</source>
        <translation>يغلق</translation>
    </message>
    <message>
        <source>ledare på plats</source>
        <translation>القادة الحاضرون</translation>
    </message>
    <message>
        <source>veckodag</source>
        <translation>يوم الأسبوع</translation>
    </message>
    <message>
        <source>aktörer</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <source>med</source>
        <translation>مع</translation>
    </message>
    <message>
        <source>sammanfattning</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>år</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>antal år</source>
        <translation>عدد السنوات</translation>
    </message>
    <message>
        <source>antal platser</source>
        <translation>عدد المواقع</translation>
    </message>
    <message>
        <source>slumptal</source>
        <translation>البذرة العشوائية</translation>
    </message>
    <message>
        <source>besöksskala</source>
        <translation>مقياس الزيارات</translation>
    </message>
    <message>
        <source>aktivitetsskala</source>
        <translation>مقياس الأنشطة</translation>
    </message>
    <message>
        <source>borttagen</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>fil</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>från dator</source>
        <translation>من الحاسوب</translation>
    </message>
    <message>
        <source>nya besök</source>
        <translation>زيارات جديدة</translation>
    </message>
    <message>
        <source>nya poster</source>
        <translation>إدخالات جديدة</translation>
    </message>
    <message>
        <source>uppdaterade poster</source>
        <translation>إدخالات محدّثة</translation>
    </message>
    <message>
        <source>konflikter</source>
        <translation>تعارضات</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>alla platser</source>
        <translation>كل الأماكن</translation>
    </message>
    <message>
        <source>(dolt)</source>
        <translation>(مخفي)</translation>
    </message>
    <message>
        <source>samordnarens lösenord</source>
        <translation>كلمة مرور المنسّق</translation>
    </message>
    <message>
        <source>språk</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>%1 %2 år: %3</source>
        <translation>%1 %2 سنة: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>år %1</source>
        <translation>السنة %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: من %2 إلى %3</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Datum</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Orsak</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Storlek</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Innehåll</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>Säkerhetskopior</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Gör en säkerhetskopia nu</source>
        <translation>&amp;إنشاء نسخة احتياطية الآن</translation>
    </message>
    <message>
        <source>Gör en säkerhetskopia nu</source>
        <translation>إنشاء نسخة احتياطية الآن</translation>
    </message>
    <message>
        <source>&amp;Återställ…</source>
        <translation>ا&amp;ستعادة…</translation>
    </message>
    <message>
        <source>Återställ den valda säkerhetskopian</source>
        <translation>استعادة النسخة الاحتياطية المحددة</translation>
    </message>
    <message>
        <source>Ersätter allt på den här datorn med den valda kopian (samordnarens)</source>
        <translation>يستبدل كل شيء على هذا الحاسوب بالنسخة المحددة (للمنسّق)</translation>
    </message>
    <message>
        <source>Andra mapp (t.ex. ett USB-minne):</source>
        <translation>مجلد ثانٍ (مثل ذاكرة USB):</translation>
    </message>
    <message>
        <source>&amp;Välj mapp…</source>
        <translation>ا&amp;ختيار مجلد…</translation>
    </message>
    <message>
        <source>Välj en andra mapp för säkerhetskopior</source>
        <translation>اختر مجلدًا ثانيًا للنسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Ingen andra mapp</source>
        <translation>لا يوجد مجلد ثانٍ</translation>
    </message>
    <message>
        <source>Ingen andra mapp för säkerhetskopior</source>
        <translation>لا يوجد مجلد ثانٍ للنسخ الاحتياطية</translation>
    </message>
    <message>
        <source>En säkerhetskopia görs automatiskt vid dagens första start och före varje synk. De sparas i %1: de 3 senaste, den senaste från var och en av de 7 senaste dagarna, 4 senaste veckorna och 12 senaste månaderna, och kopior från före en uppgradering eller återställning i 60 dagar. Anmälningar som passerat sitt sista datum raderas ur alla kopior.</source>
        <translation>تُنشأ نسخة احتياطية تلقائيًا عند أول تشغيل في اليوم وقبل كل مزامنة. وتُحفظ في %1: أحدث 3 نسخ، وأحدث نسخة من كل يوم من آخر 7 أيام، وآخر 4 أسابيع، وآخر 12 شهرًا، والنسخ التي تسبق الترقية أو الاستعادة لمدة 60 يومًا. وتُحذف التسجيلات التي تجاوزت تاريخها الأخير من كل النسخ.</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>kan inte läsas</source>
        <translation>لا يمكن قراءتها</translation>
    </message>
    <message numerus="yes">
        <source>%1 besök, %n aktiviteter</source>
        <translation>
            <numerusform>الزيارات: %1، لا أنشطة</numerusform>
            <numerusform>الزيارات: %1، نشاط واحد</numerusform>
            <numerusform>الزيارات: %1، نشاطان</numerusform>
            <numerusform>الزيارات: %1، %n أنشطة</numerusform>
            <numerusform>الزيارات: %1، %n نشاطًا</numerusform>
            <numerusform>الزيارات: %1، %n نشاط</numerusform>
        </translation>
    </message>
    <message>
        <source>dagens första start</source>
        <translation>أول تشغيل في اليوم</translation>
    </message>
    <message>
        <source>före synk</source>
        <translation>قبل المزامنة</translation>
    </message>
    <message>
        <source>gjord för hand</source>
        <translation>يدويًا</translation>
    </message>
    <message>
        <source>före uppgradering</source>
        <translation>قبل الترقية</translation>
    </message>
    <message>
        <source>före återställning</source>
        <translation>قبل الاستعادة</translation>
    </message>
    <message>
        <source>Något gick fel med säkerhetskopiorna; detaljerna finns i loggfilen.</source>
        <translation>حدث خطأ في النسخ الاحتياطية؛ التفاصيل في ملف السجل التقني.</translation>
    </message>
    <message>
        <source>Gör en säkerhetskopia…</source>
        <translation>جارٍ إنشاء نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Säkerhetskopian är sparad (%1).</source>
        <translation>تم حفظ النسخة الاحتياطية (%1).</translation>
    </message>
    <message>
        <source>En kopia utan anmälningar finns också i %1.</source>
        <translation>توجد أيضًا نسخة بدون التسجيلات في %1.</translation>
    </message>
    <message>
        <source>Den andra mappen %1 är inte ansluten; ingen kopia där.</source>
        <translation>المجلد الثاني %1 غير متصل؛ لم تُحفظ نسخة فيه.</translation>
    </message>
    <message>
        <source>Ingen kopia i den andra mappen: %1</source>
        <translation>لا توجد نسخة في المجلد الثاني: %1</translation>
    </message>
    <message>
        <source>Återställ säkerhetskopia</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Återställa säkerhetskopian från %1? Allt som sparats på den här datorn efter den försvinner ur programmet; det som finns nu sparas först som en egen säkerhetskopia, så det går att ångra.</source>
        <translation>استعادة النسخة الاحتياطية من %1؟ كل ما حُفظ على هذا الحاسوب بعدها سيختفي من البرنامج؛ ويُحفظ الموجود الآن أولًا كنسخة احتياطية مستقلة، لذا يمكن التراجع.</translation>
    </message>
    <message>
        <source>Återställd från %1. Det som fanns innan finns kvar som %2.</source>
        <translation>تمت الاستعادة من %1. ما كان موجودًا قبلها محفوظ باسم %2.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Inga uppgifter</source>
        <translation>لا توجد بيانات</translation>
    </message>
    <message>
        <source>+ %1 till</source>
        <translation>+ %1 أخرى</translation>
    </message>
</context>
<context>
    <name>BusyJobs</name>
    <message>
        <source>Arbetar</source>
        <translation>جارٍ العمل</translation>
    </message>
</context>
<context>
    <name>CreateTeamDialog</name>
    <message>
        <source>Skapa ett lag</source>
        <translation>إنشاء فريق</translation>
    </message>
    <message>
        <source>Den här datorn blir samordnarens. Laget får en lagkod; de andra datorerna skriver in den under Synk → Gå med i ett lag. Skapa laget bara en gång, på en enda dator.</source>
        <translation>سيصبح هذا الحاسوب حاسوبَ المنسّق. يحصل الفريق على رمز فريق، وتكتبه الحواسيب الأخرى في صفحة «المزامنة» ثم «الانضمام إلى فريق». أنشئ الفريق مرة واحدة فقط، على حاسوب واحد.</translation>
    </message>
    <message>
        <source>Skapa laget</source>
        <translation>إنشاء الفريق</translation>
    </message>
    <message>
        <source>Den här datorns &amp;namn:</source>
        <translation>&amp;اسم هذا الحاسوب:</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>Databasen är skadad</source>
        <translation>قاعدة البيانات تالفة</translation>
    </message>
    <message>
        <source>I stället för databasfilen finns en mapp: %1.</source>
        <translation>يوجد مجلد في مكان ملف قاعدة البيانات: %1.</translation>
    </message>
    <message>
        <source>Databasfilen är skadad och kan inte öppnas: %1.</source>
        <translation>ملف قاعدة البيانات تالف ولا يمكن فتحه: %1.</translation>
    </message>
    <message>
        <source>Den senaste fungerande säkerhetskopian är från %1.</source>
        <translation>أحدث نسخة احتياطية سليمة من %1.</translation>
    </message>
    <message>
        <source>Det finns ingen fungerande säkerhetskopia att återställa.</source>
        <translation>لا توجد نسخة احتياطية سليمة للاستعادة.</translation>
    </message>
    <message>
        <source>Den skadade filen flyttas undan och sparas; ingenting tas bort.</source>
        <translation>يُنقل الملف التالف جانبًا ويُحفظ؛ لا يُحذف شيء.</translation>
    </message>
    <message>
        <source>Återställ senaste fungerande säkerhetskopia</source>
        <translation>استعادة أحدث نسخة احتياطية سليمة</translation>
    </message>
    <message>
        <source>Börja med en tom databas</source>
        <translation>البدء بقاعدة بيانات فارغة</translation>
    </message>
    <message>
        <source>Avsluta</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>DayNote</name>
    <message>
        <source>Dagbok</source>
        <translation>سجل اليوم</translation>
    </message>
    <message>
        <source>Öppet</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Stängt</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Dagen:</source>
        <translation>حالة اليوم:</translation>
    </message>
    <message>
        <source>Öppnar</source>
        <translation>يفتح</translation>
    </message>
    <message>
        <source>Stänger</source>
        <translation>يغلق</translation>
    </message>
    <message>
        <source>Öppettider:</source>
        <translation>أوقات الفتح:</translation>
    </message>
    <message>
        <source>Ledare på plats</source>
        <translation>القادة الحاضرون</translation>
    </message>
    <message>
        <source>Ledare på plats:</source>
        <translation>القادة الحاضرون:</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Kort anteckning om dagen</source>
        <translation>ملاحظة قصيرة عن اليوم</translation>
    </message>
    <message>
        <source>Anteckning:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>Spara nu</source>
        <translation>حفظ الآن</translation>
    </message>
    <message>
        <source>Spara dagboken nu</source>
        <translation>حفظ سجل اليوم الآن</translation>
    </message>
    <message>
        <source>Dagboken sparas av sig själv medan du skriver</source>
        <translation>يُحفظ سجل اليوم تلقائيًا أثناء الكتابة</translation>
    </message>
    <message>
        <source>Inte sparad än…</source>
        <translation>لم يُحفظ بعد…</translation>
    </message>
    <message>
        <source>Sparad %1.</source>
        <translation>حُفظ %1.</translation>
    </message>
    <message>
        <source>Dagboken sparades INTE – %1</source>
        <translation>لم يُحفظ سجل اليوم – %1</translation>
    </message>
</context>
<context>
    <name>DayTables</name>
    <message>
        <source>ja</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Besök</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>Öppet</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Besök per plats</source>
        <translation>الزيارات حسب الموقع</translation>
    </message>
    <message>
        <source>Besök per plats och kön</source>
        <translation>الزيارات حسب الموقع والجنس</translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Dagens aktiviteter</source>
        <translation>أنشطة اليوم</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Slut</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Aktivitetstyp</source>
        <translation>نوع النشاط</translation>
    </message>
    <message>
        <source>Arrangör</source>
        <translation>المنظِّم</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Kunskapsutbyte</source>
        <translation>تبادل المعرفة</translation>
    </message>
    <message>
        <source>Dagbok</source>
        <translation>سجل اليوم</translation>
    </message>
    <message>
        <source>Öppnar</source>
        <translation>يفتح</translation>
    </message>
    <message>
        <source>Stänger</source>
        <translation>يغلق</translation>
    </message>
    <message>
        <source>Ledare</source>
        <translation>القادة</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <source>Kasta ändringarna?</source>
        <translation>تجاهل التغييرات؟</translation>
    </message>
    <message>
        <source>Det du har skrivit eller ändrat i fönstret sparas inte.</source>
        <translation>ما كتبته أو غيّرته في هذه النافذة لن يُحفظ.</translation>
    </message>
    <message>
        <source>&amp;Kasta ändringarna</source>
        <translation>&amp;تجاهل التغييرات</translation>
    </message>
    <message>
        <source>&amp;Fortsätt redigera</source>
        <translation>&amp;متابعة التعديل</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>Något gick oväntat fel. Det du redan har sparat finns kvar; kontrollera det senaste du gjorde och försök igen.</source>
        <translation>حدث خطأ غير متوقع. ما حفظته من قبل لا يزال موجودًا؛ تحقّق من آخر ما فعلته وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Detaljer för den som hjälper till: %1</source>
        <translation>تفاصيل لمن يساعدك: %1</translation>
    </message>
    <message>
        <source>Vänskapshuset</source>
        <translation>Vänskapshuset</translation>
    </message>
</context>
<context>
    <name>FileSaver</name>
    <message>
        <source>Öppna filen</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>Öppna mappen</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>PDF-dokument (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON-fil (*.json)</source>
        <translation>ملف JSON (*.json)</translation>
    </message>
    <message>
        <source>Sparad: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <source>Filen kunde inte sparas: %1.</source>
        <translation>تعذّر حفظ الملف: %1.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Välkommen till Vänskapshuset</source>
        <translation>مرحبًا بك في Vänskapshuset</translation>
    </message>
    <message>
        <source>Välkommen! Tre snabba frågor, sedan kan ni börja räkna besök.</source>
        <translation>مرحبًا! ثلاثة أسئلة سريعة، ثم يمكنكم البدء بعدّ الزيارات.</translation>
    </message>
    <message>
        <source>Allt kan ändras senare under Register.</source>
        <translation>يمكن تغيير كل شيء لاحقًا في «السجل».</translation>
    </message>
    <message>
        <source>Kom igång</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Kom igång med de här uppgifterna</source>
        <translation>ابدأ بهذه البيانات</translation>
    </message>
    <message>
        <source>Avsluta utan att spara</source>
        <translation>إنهاء دون حفظ</translation>
    </message>
    <message>
        <source>Avsluta programmet utan att spara</source>
        <translation>إغلاق البرنامج دون حفظ</translation>
    </message>
    <message>
        <source>Avsluta stänger programmet; inget sparas, och frågorna kommer igen nästa gång.</source>
        <translation>«إنهاء» يغلق البرنامج؛ لا يُحفظ شيء، وستظهر الأسئلة مرة أخرى في المرة القادمة.</translation>
    </message>
    <message>
        <source>1. Platser där ni räknar besök</source>
        <translation>1. المواقع التي تعدّون فيها الزيارات</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Annan plats:</source>
        <translation>موقع &amp;آخر:</translation>
    </message>
    <message>
        <source>Annan plats, namn</source>
        <translation>موقع آخر، الاسم</translation>
    </message>
    <message>
        <source>frivilligt</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Annan plats, typ</source>
        <translation>موقع آخر، النوع</translation>
    </message>
    <message>
        <source>2. Du som använder datorn</source>
        <translation>2. من يستخدم هذا الحاسوب</translation>
    </message>
    <message>
        <source>Ditt namn</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Ditt &amp;namn:</source>
        <translation>ا&amp;سمك:</translation>
    </message>
    <message>
        <source>Din roll</source>
        <translation>دورك</translation>
    </message>
    <message>
        <source>&amp;Roll:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <source>3. Samordnarens lösenord (frivilligt)</source>
        <translation>3. كلمة مرور المنسّق (اختياري)</translation>
    </message>
    <message>
        <source>Skyddar borttagning, inställningar och historiken. Minst %1 tecken. Lämna tomt om ni inte vill ha något lösenord nu.</source>
        <translation>تحمي الحذف والإعدادات وسجل التغييرات. %1 أحرف على الأقل. اتركها فارغة إن لم تريدوا كلمة مرور الآن.</translation>
    </message>
    <message>
        <source>Lösenord</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Lösenord:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Upprepa lösenordet</source>
        <translation>أعد كتابة كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Upprepa:</source>
        <translation>&amp;تأكيد:</translation>
    </message>
    <message>
        <source>Vill du bara prova programmet? Fyll det med ett påhittat år av besök och aktiviteter. Använd inte demodata för riktiga uppgifter.</source>
        <translation>تريد تجربة البرنامج فقط؟ املأه بسنة وهمية من الزيارات والأنشطة. لا تستخدم البيانات التجريبية لبيانات حقيقية.</translation>
    </message>
    <message>
        <source>Använd demodata i stället</source>
        <translation>استخدام بيانات تجريبية بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Demodata skapas</source>
        <translation>جارٍ إنشاء البيانات التجريبية</translation>
    </message>
    <message>
        <source>Demodata skapas. Det tar några sekunder …</source>
        <translation>جارٍ إنشاء البيانات التجريبية. يستغرق ذلك بضع ثوانٍ …</translation>
    </message>
    <message>
        <source>Välj minst en plats eller skriv namnet på en annan plats.</source>
        <translation>اختر موقعًا واحدًا على الأقل أو اكتب اسم موقع آخر.</translation>
    </message>
    <message>
        <source>Den andra platsen har samma namn som en av de förvalda.</source>
        <translation>الموقع الآخر له نفس اسم أحد المواقع المقترحة.</translation>
    </message>
    <message>
        <source>Skriv ditt namn.</source>
        <translation>اكتب اسمك.</translation>
    </message>
    <message>
        <source>De två lösenorden är inte lika.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>FolderBox</name>
    <message>
        <source>Synka genom en delad mapp</source>
        <translation>المزامنة عبر مجلد مشترك</translation>
    </message>
    <message>
        <source>Alla datorer i laget använder samma mapp: ett USB-minne som går runt, en nätverksmapp eller en molnmapp. Synka nu läser in de andras filer och lägger den här datorns fil där.</source>
        <translation>كل حواسيب الفريق تستخدم المجلد نفسه: ذاكرة USB يتداولها الجميع، أو مجلد شبكة، أو مجلد سحابي. «مزامنة الآن» تقرأ ملفات الآخرين وتضع ملف هذا الحاسوب هناك.</translation>
    </message>
    <message>
        <source>Mapp:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <source>Synkmapp</source>
        <translation>مجلد المزامنة</translation>
    </message>
    <message>
        <source>Välj mapp…</source>
        <translation>اختيار مجلد…</translation>
    </message>
    <message>
        <source>Välj mappen att synka genom</source>
        <translation>اختر المجلد الذي تتم المزامنة عبره</translation>
    </message>
    <message>
        <source>&amp;Synka nu</source>
        <translation>&amp;مزامنة الآن</translation>
    </message>
    <message>
        <source>Synka nu: läs in de andras filer och skriv den här datorns</source>
        <translation>مزامنة الآن: قراءة ملفات الآخرين وكتابة ملف هذا الحاسوب</translation>
    </message>
    <message>
        <source>En enstaka fil, utan mapp:</source>
        <translation>ملف واحد، بدون مجلد:</translation>
    </message>
    <message>
        <source>Exportera fil…</source>
        <translation>تصدير ملف…</translation>
    </message>
    <message>
        <source>Spara den här datorns synkfil</source>
        <translation>حفظ ملف المزامنة لهذا الحاسوب</translation>
    </message>
    <message>
        <source>Läs in fil…</source>
        <translation>قراءة ملف…</translation>
    </message>
    <message>
        <source>Läs in en synkfil från en annan dator</source>
        <translation>قراءة ملف مزامنة من حاسوب آخر</translation>
    </message>
    <message>
        <source>(ingen mapp vald än)</source>
        <translation>(لم يُختر مجلد بعد)</translation>
    </message>
    <message>
        <source>… och %1 rader till (håll muspekaren här för att se alla).</source>
        <translation>… و%1 أسطر أخرى (ضع مؤشر الفأرة هنا لرؤيتها كلها).</translation>
    </message>
    <message>
        <source>Synkar…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Synken misslyckades</source>
        <translation>فشلت المزامنة</translation>
    </message>
    <message>
        <source>Exportera den här datorns synkfil</source>
        <translation>تصدير ملف المزامنة لهذا الحاسوب</translation>
    </message>
    <message>
        <source>Synkfil (*%1)</source>
        <translation>ملف مزامنة (*%1)</translation>
    </message>
    <message>
        <source>Läs in en synkfil</source>
        <translation>قراءة ملف مزامنة</translation>
    </message>
    <message>
        <source>Skriver filen…</source>
        <translation>جارٍ كتابة الملف…</translation>
    </message>
    <message>
        <source>Filen kunde inte skrivas</source>
        <translation>تعذّرت كتابة الملف</translation>
    </message>
    <message>
        <source>Läser in filen…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <source>Filen kunde inte läsas in</source>
        <translation>تعذّرت قراءة الملف</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>År</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>ال&amp;سنة:</translation>
    </message>
    <message>
        <source>Enkäter och samtal med aktörer och samverkansinitiativ som följs: de kvalitativa måtten i årsuppföljningen.</source>
        <translation>الاستبيانات والمحادثات مع الجهات، ومبادرات التعاون التي نتابعها: المقاييس النوعية في المتابعة السنوية.</translation>
    </message>
    <message>
        <source>Enkäter</source>
        <translation>الاستبيانات</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Med vilka</source>
        <translation>مع مَن</translation>
    </message>
    <message>
        <source>Sammanfattning</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Ny enkät…</source>
        <translation>استبيان جديد…</translation>
    </message>
    <message>
        <source>Samverkansinitiativ</source>
        <translation>مبادرات التعاون</translation>
    </message>
    <message>
        <source>Initiativ</source>
        <translation>المبادرة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Nytt initiativ…</source>
        <translation>مبادرة جديدة…</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Ta bort ”%1” ur uppföljningen?</source>
        <translation>هل تريد حذف «%1» من المتابعة؟</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Hjälp</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Om Vänskapshuset…</source>
        <translation>&amp;حول Vänskapshuset…</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Användarguide – Vänskapshuset</source>
        <translation>دليل المستخدم – Vänskapshuset</translation>
    </message>
    <message>
        <source>Användarguide</source>
        <translation>دليل المستخدم</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Historik</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <source>Alla ändringar som gjorts i programmet, den senaste först. Markera en rad för att se alla detaljer under tabellen.</source>
        <translation>كل التغييرات التي أُجريت في البرنامج، الأحدث أولًا. حدّد صفًا لرؤية كل تفاصيله تحت الجدول.</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Vem</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>Dator</source>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <source>Vad</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Ändringar</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Detaljer om markerad ändring</source>
        <translation>تفاصيل التغيير المحدد</translation>
    </message>
    <message>
        <source>Visa fler</source>
        <translation>عرض المزيد</translation>
    </message>
    <message>
        <source>Visa fler ändringar</source>
        <translation>عرض المزيد من التغييرات</translation>
    </message>
    <message>
        <source>Visar %1 av %2 ändringar.</source>
        <translation>عرض %1 من %2 تغيير.</translation>
    </message>
    <message>
        <source>%1 (den här datorn)</source>
        <translation>%1 (هذا الحاسوب)</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message>
        <source>Besök per timme</source>
        <translation>الزيارات في كل ساعة</translation>
    </message>
    <message>
        <source>kl %1: %2</source>
        <translation>الساعة %1: %2</translation>
    </message>
    <message>
        <source>Inga besök ännu</source>
        <translation>لا توجد زيارات بعد</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <source>Ändra samverkansinitiativ</source>
        <translation>تعديل مبادرة تعاون</translation>
    </message>
    <message>
        <source>Nytt initiativ</source>
        <translation>مبادرة جديدة</translation>
    </message>
    <message>
        <source>Initiativets namn</source>
        <translation>اسم المبادرة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Startade</source>
        <translation>بدأت</translation>
    </message>
    <message>
        <source>Slutade</source>
        <translation>انتهت</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>ال&amp;شريك:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <source>&amp;Anteckning:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
</context>
<context>
    <name>JoinTeamDialog</name>
    <message>
        <source>Gå med i ett lag</source>
        <translation>الانضمام إلى فريق</translation>
    </message>
    <message>
        <source>Skriv lagkoden från samordnarens dator (sidan Synk, eller den utskrivna lappen) och ett namn på den här datorn som de andra känner igen.</source>
        <translation>اكتب رمز الفريق من حاسوب المنسّق (صفحة المزامنة، أو الورقة المطبوعة) واسمًا لهذا الحاسوب يعرفه الآخرون.</translation>
    </message>
    <message>
        <source>Gå med</source>
        <translation>انضمام</translation>
    </message>
    <message>
        <source>Lagkod</source>
        <translation>رمز الفريق</translation>
    </message>
    <message>
        <source>&amp;Lagkod:</source>
        <translation>&amp;رمز الفريق:</translation>
    </message>
    <message>
        <source>Den här datorns &amp;namn:</source>
        <translation>&amp;اسم هذا الحاسوب:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Vänskapshuset</source>
        <translation>Vänskapshuset</translation>
    </message>
    <message>
        <source>Sidor</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Idag</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Rapporter</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <source>Synk</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Användarguide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n nya)</source>
        <translation>
            <numerusform>%1 (لا جديد)</numerusform>
            <numerusform>%1 (واحد جديد)</numerusform>
            <numerusform>%1 (اثنان جديدان)</numerusform>
            <numerusform>%1 (%n جديدة)</numerusform>
            <numerusform>%1 (%n جديدًا)</numerusform>
            <numerusform>%1 (%n جديد)</numerusform>
        </translation>
    </message>
    <message>
        <source>Dagboken är inte sparad</source>
        <translation>سجل اليوم غير محفوظ</translation>
    </message>
    <message>
        <source>%1

Stänga ändå? Det du skrev i dagboken försvinner då.</source>
        <translation>%1

هل تريد الإغلاق على أي حال؟ سيضيع ما كتبته في سجل اليوم.</translation>
    </message>
</context>
<context>
    <name>Meddelande</name>
    <message>
        <source>Disken är full: frigör utrymme på datorn och försök igen.</source>
        <comment>disk.full</comment>
        <translation>القرص ممتلئ: وفّر مساحة على الحاسوب وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Databasfilen går inte att skriva i (skrivskyddad): kontrollera filens behörighet.</source>
        <comment>database.read_only</comment>
        <translation>لا يمكن الكتابة في ملف قاعدة البيانات، فهو للقراءة فقط: تحقّق من صلاحيات الملف.</translation>
    </message>
    <message>
        <source>Databasen är upptagen av ett annat program (till exempel en synkning): vänta en stund och försök igen.</source>
        <comment>database.busy</comment>
        <translation>قاعدة البيانات مشغولة ببرنامج آخر، مثل المزامنة: انتظر قليلًا وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Databasfilen har tagits bort eller flyttats medan programmet var igång: starta om programmet.</source>
        <comment>database.gone</comment>
        <translation>حُذف ملف قاعدة البيانات أو نُقل أثناء عمل البرنامج: أعد تشغيل البرنامج.</translation>
    </message>
    <message>
        <source>Databasfilen kunde inte läsas eller skrivas (skadad fil eller fel på disken): starta om programmet och kontakta samordnaren om det händer igen.</source>
        <comment>database.unreadable</comment>
        <translation>تعذّرت قراءة ملف قاعدة البيانات أو الكتابة فيه، ربما الملف تالف أو في القرص خلل: أعد تشغيل البرنامج وتواصل مع المنسّق إذا تكرّر ذلك.</translation>
    </message>
    <message>
        <source>I stället för databasfilen finns en mapp ({path}), så ingen databas kan öppnas; starta programmet för att flytta undan den och återställa den senaste säkerhetskopian eller börja med en tom databas.</source>
        <comment>database.is_folder</comment>
        <translation>يوجد مجلد ({path}) مكان ملف قاعدة البيانات، لذلك لا يمكن فتح أي قاعدة بيانات؛ شغّل البرنامج لنقله جانبًا واستعادة آخر نسخة احتياطية أو البدء بقاعدة بيانات فارغة.</translation>
    </message>
    <message>
        <source>Databasfilen {path} är skadad och har inte ändrats; starta programmet för att flytta undan den och återställa den senaste fungerande säkerhetskopian eller börja med en tom databas.</source>
        <comment>database.damaged</comment>
        <translation>ملف قاعدة البيانات {path} تالف ولم يُغيَّر؛ شغّل البرنامج لنقله جانبًا واستعادة آخر نسخة احتياطية سليمة أو البدء بقاعدة بيانات فارغة.</translation>
    </message>
    <message>
        <source>Ett oväntat fel inträffade; inget mer ändrades.</source>
        <comment>unexpected</comment>
        <translation>حدث خطأ غير متوقع؛ لم يتغيّر شيء آخر.</translation>
    </message>
    <message>
        <source>Ett oväntat fel inträffade; inget mer ändrades (detaljer i loggen {log}).</source>
        <comment>unexpected.see_log</comment>
        <translation>حدث خطأ غير متوقع؛ لم يتغيّر شيء آخر، والتفاصيل في سجل الأحداث {log}.</translation>
    </message>
    <message>
        <source>Okänt språk ”{language}” (finns: {known}).</source>
        <comment>cli.unknown_language</comment>
        <translation>لغة غير معروفة &quot;{language}&quot;، اللغات المتاحة: {known}.</translation>
    </message>
    <message>
        <source>Felaktigt kommando: {reason}.</source>
        <comment>cli.bad_command</comment>
        <translation>أمر غير صحيح: {reason}.</translation>
    </message>
    <message>
        <source>Ange var rapporten ska sparas: {options}.</source>
        <comment>cli.report_target_missing</comment>
        <translation>حدّد أين يُحفظ التقرير: {options}.</translation>
    </message>
    <message>
        <source>Ange antingen --activity ID eller --blank.</source>
        <comment>cli.activity_or_blank</comment>
        <translation>اكتب إما --activity ID أو --blank.</translation>
    </message>
    <message>
        <source>Det finns ingen plats ännu; lägg till en med ”site add”.</source>
        <comment>cli.no_site_yet</comment>
        <translation>لا يوجد موقع بعد؛ أضف موقعًا باستخدام &quot;site add&quot;.</translation>
    </message>
    <message>
        <source>eller</source>
        <comment>cli.or</comment>
        <translation>أو</translation>
    </message>
    <message numerus="yes">
        <source>Databasen har fel: %n trasiga hänvisningar, schema {revision}.</source>
        <comment>cli.check_failed</comment>
        <translation>
            <numerusform>في قاعدة البيانات أخطاء: لا إحالات معطوبة، إصدار المخطط {revision}.</numerusform>
            <numerusform>في قاعدة البيانات أخطاء: إحالة معطوبة واحدة، إصدار المخطط {revision}.</numerusform>
            <numerusform>في قاعدة البيانات أخطاء: إحالتان معطوبتان، إصدار المخطط {revision}.</numerusform>
            <numerusform>في قاعدة البيانات أخطاء: %n إحالات معطوبة، إصدار المخطط {revision}.</numerusform>
            <numerusform>في قاعدة البيانات أخطاء: %n إحالة معطوبة، إصدار المخطط {revision}.</numerusform>
            <numerusform>في قاعدة البيانات أخطاء: %n إحالة معطوبة، إصدار المخطط {revision}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Det här får bara samordnaren göra: {what}. Samordnarens lösenord behövs.</source>
        <comment>access.needs_coordinator</comment>
        <translation>هذا مسموح للمنسّق فقط: {what}. تلزم كلمة مرور المنسّق.</translation>
    </message>
    <message>
        <source>Dagar äldre än en vecka ({day}) får bara samordnaren ändra: {what}. Samordnarens lösenord behövs.</source>
        <comment>access.old_day</comment>
        <translation>الأيام الأقدم من أسبوع ({day}) لا يعدّلها إلا المنسّق: {what}. تلزم كلمة مرور المنسّق.</translation>
    </message>
    <message>
        <source>Fel lösenord.</source>
        <comment>access.wrong_password</comment>
        <translation>كلمة المرور خاطئة.</translation>
    </message>
    <message>
        <source>Det nuvarande lösenordet stämmer inte.</source>
        <comment>access.wrong_current_password</comment>
        <translation>كلمة المرور الحالية غير صحيحة.</translation>
    </message>
    <message numerus="yes">
        <source>För många fel lösenord: vänta %n sekunder innan nästa försök.</source>
        <comment>access.wait</comment>
        <translation>
            <numerusform>محاولات كثيرة بكلمة مرور خاطئة: انتظر %n ثانية قبل المحاولة التالية.</numerusform>
            <numerusform>محاولات كثيرة بكلمة مرور خاطئة: انتظر ثانية واحدة قبل المحاولة التالية.</numerusform>
            <numerusform>محاولات كثيرة بكلمة مرور خاطئة: انتظر ثانيتين قبل المحاولة التالية.</numerusform>
            <numerusform>محاولات كثيرة بكلمة مرور خاطئة: انتظر %n ثوانٍ قبل المحاولة التالية.</numerusform>
            <numerusform>محاولات كثيرة بكلمة مرور خاطئة: انتظر %n ثانية قبل المحاولة التالية.</numerusform>
            <numerusform>محاولات كثيرة بكلمة مرور خاطئة: انتظر %n ثانية قبل المحاولة التالية.</numerusform>
        </translation>
    </message>
    <message>
        <source>De två nya lösenorden är inte lika.</source>
        <comment>access.passwords_differ</comment>
        <translation>كلمتا المرور الجديدتان غير متطابقتين.</translation>
    </message>
    <message>
        <source>Inget lösenord är satt, så det finns inget att ta bort.</source>
        <comment>access.no_password</comment>
        <translation>لا توجد كلمة مرور محددة، لذلك لا يوجد ما يُحذف.</translation>
    </message>
    <message>
        <source>Skriv det nya lösenordet: i en terminal, eller i miljövariabeln VANSKAPSHUSET_NEW_PASSWORD.</source>
        <comment>access.new_password_needed</comment>
        <translation>اكتب كلمة المرور الجديدة: في نافذة الأوامر، أو في متغير البيئة VANSKAPSHUSET_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>Lösenordet är sparat.</source>
        <comment>access.password_set</comment>
        <translation>تم حفظ كلمة المرور.</translation>
    </message>
    <message>
        <source>Lösenordet är borttaget; inget är längre låst.</source>
        <comment>access.password_cleared</comment>
        <translation>تم حذف كلمة المرور؛ لم يعد أي شيء مقفلًا.</translation>
    </message>
    <message>
        <source>Det finns ingen ledare som heter ”{name}”.</source>
        <comment>access.unknown_leader</comment>
        <translation>لا يوجد قائد باسم &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>samordnare</source>
        <comment>access.coordinator</comment>
        <translation>المنسّق</translation>
    </message>
    <message>
        <source>ändra en aktivitet</source>
        <comment>access.what.change_activity</comment>
        <translation>تعديل نشاط</translation>
    </message>
    <message>
        <source>ta bort en aktivitet</source>
        <comment>access.what.delete_activity</comment>
        <translation>حذف نشاط</translation>
    </message>
    <message>
        <source>ta bort en mall</source>
        <comment>access.what.delete_template</comment>
        <translation>حذف قالب</translation>
    </message>
    <message>
        <source>räkna eller ändra besök</source>
        <comment>access.what.visits</comment>
        <translation>عدّ الزيارات أو تعديلها</translation>
    </message>
    <message>
        <source>skriva dagboken</source>
        <comment>access.what.day_log</comment>
        <translation>الكتابة في سجل اليوم</translation>
    </message>
    <message>
        <source>skriva in en räknelista</source>
        <comment>access.what.paper_tally</comment>
        <translation>إدخال قائمة عدّ ورقية</translation>
    </message>
    <message>
        <source>ta bort ur registret</source>
        <comment>access.what.delete_record</comment>
        <translation>الحذف من السجل</translation>
    </message>
    <message>
        <source>ändra åldersgrupperna</source>
        <comment>access.what.age_bands</comment>
        <translation>تعديل الفئات العمرية</translation>
    </message>
    <message>
        <source>ändra inställningarna</source>
        <comment>access.what.settings</comment>
        <translation>تعديل الإعدادات</translation>
    </message>
    <message>
        <source>ändra lösenordet</source>
        <comment>access.what.password</comment>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>återställa en säkerhetskopia</source>
        <comment>access.what.restore_backup</comment>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>välja mappen för säkerhetskopior</source>
        <comment>access.what.backup_folder</comment>
        <translation>اختيار مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>söka, lämna ut eller radera personuppgifter</source>
        <comment>access.what.personal_data</comment>
        <translation>البحث عن البيانات الشخصية أو تسليمها أو حذفها</translation>
    </message>
    <message>
        <source>se eller ändra anmälningar till en passerad aktivitet</source>
        <comment>access.what.signups</comment>
        <translation>عرض التسجيلات في نشاط انتهى أو تعديلها</translation>
    </message>
    <message>
        <source>skapa ett lag</source>
        <comment>access.what.create_team</comment>
        <translation>إنشاء فريق</translation>
    </message>
    <message>
        <source>lämna laget</source>
        <comment>access.what.leave_team</comment>
        <translation>مغادرة الفريق</translation>
    </message>
    <message>
        <source>se lagkoden</source>
        <comment>access.what.team_code</comment>
        <translation>عرض رمز الفريق</translation>
    </message>
    <message>
        <source>markera konflikter som lästa</source>
        <comment>access.what.conflicts_seen</comment>
        <translation>تعليم التعارضات كمقروءة</translation>
    </message>
    <message>
        <source>läsa historiken</source>
        <comment>access.what.history</comment>
        <translation>قراءة سجل التغييرات</translation>
    </message>
    <message>
        <source>Samordnarens lösenord: </source>
        <comment>access.prompt_password</comment>
        <translation>كلمة مرور المنسّق: </translation>
    </message>
    <message>
        <source>Nytt lösenord: </source>
        <comment>access.prompt_new</comment>
        <translation>كلمة المرور الجديدة: </translation>
    </message>
    <message>
        <source>Upprepa det nya lösenordet: </source>
        <comment>access.prompt_repeat</comment>
        <translation>أعد كتابة كلمة المرور الجديدة: </translation>
    </message>
    <message>
        <source>Mappen ”{folder}” finns inte (är minnet anslutet?).</source>
        <comment>backup.second_folder_missing</comment>
        <translation>المجلد &quot;{folder}&quot; غير موجود، هل ذاكرة USB موصولة؟</translation>
    </message>
    <message>
        <source>Välj en annan mapp än den där säkerhetskopiorna redan sparas.</source>
        <comment>backup.second_folder_same</comment>
        <translation>اختر مجلدًا غير المجلد الذي تُحفظ فيه النسخ الاحتياطية الآن.</translation>
    </message>
    <message>
        <source>Det finns ingen säkerhetskopia som heter ”{name}” (se listan över säkerhetskopior).</source>
        <comment>backup.no_such_backup</comment>
        <translation>لا توجد نسخة احتياطية باسم &quot;{name}&quot;، راجع قائمة النسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>Filen ”{name}” finns inte.</source>
        <comment>backup.no_such_file</comment>
        <translation>الملف &quot;{name}&quot; غير موجود.</translation>
    </message>
    <message>
        <source>”{name}” är ingen säkerhetskopia av Vänskapshuset.</source>
        <comment>backup.not_ours</comment>
        <translation>&quot;{name}&quot; ليست نسخة احتياطية من Vänskapshuset.</translation>
    </message>
    <message>
        <source>Säkerhetskopian ”{name}” är skadad; välj en annan.</source>
        <comment>backup.damaged</comment>
        <translation>النسخة الاحتياطية &quot;{name}&quot; تالفة؛ اختر نسخة أخرى.</translation>
    </message>
    <message>
        <source>Säkerhetskopian ”{name}” är gjord av en nyare version av Vänskapshuset (schema {revision}); installera den versionen för att återställa den.</source>
        <comment>backup.too_new</comment>
        <translation>النسخة الاحتياطية &quot;{name}&quot; صُنعت بإصدار أحدث من Vänskapshuset، إصدار المخطط {revision}؛ ثبّت ذلك الإصدار لاستعادتها.</translation>
    </message>
    <message>
        <source>Säkerhetskopian gjordes inte: {cause}.</source>
        <comment>backup.not_made</comment>
        <translation>لم تُنشأ النسخة الاحتياطية: {cause}.</translation>
    </message>
    <message>
        <source>Återställningen gjordes inte: {cause}.</source>
        <comment>backup.restore_not_made</comment>
        <translation>لم تتم الاستعادة: {cause}.</translation>
    </message>
    <message>
        <source>disken är full; frigör utrymme och försök igen</source>
        <comment>backup.cause.disk_full</comment>
        <translation>القرص ممتلئ؛ وفّر مساحة وحاول مرة أخرى</translation>
    </message>
    <message>
        <source>mappen {folder} går inte att skriva i</source>
        <comment>backup.cause.read_only</comment>
        <translation>لا يمكن الكتابة في المجلد {folder}</translation>
    </message>
    <message>
        <source>databasen används av ett annat program (en synkning eller ett kommando); försök igen när det är klart</source>
        <comment>backup.cause.locked</comment>
        <translation>قاعدة البيانات يستخدمها برنامج آخر، مثل مزامنة أو أمر؛ حاول مرة أخرى عندما ينتهي</translation>
    </message>
    <message>
        <source>databasfilen finns inte längre; starta om programmet</source>
        <comment>backup.cause.missing</comment>
        <translation>ملف قاعدة البيانات لم يعد موجودًا؛ أعد تشغيل البرنامج</translation>
    </message>
    <message>
        <source>en fil kunde inte läsas (skadad fil eller fel på disken)</source>
        <comment>backup.cause.damaged</comment>
        <translation>تعذّرت قراءة ملف، ربما الملف تالف أو في القرص خلل</translation>
    </message>
    <message>
        <source>{folder} är ingen mapp</source>
        <comment>backup.cause.not_a_folder</comment>
        <translation>{folder} ليس مجلدًا</translation>
    </message>
    <message>
        <source>databasen kunde inte läsas</source>
        <comment>backup.cause.unreadable</comment>
        <translation>تعذّرت قراءة قاعدة البيانات</translation>
    </message>
    <message>
        <source>ett oväntat fel (se loggen)</source>
        <comment>backup.cause.unexpected</comment>
        <translation>خطأ غير متوقع، راجع سجل الأحداث</translation>
    </message>
    <message>
        <source>Säkerhetskopian {name} gick inte att kopiera; ingenting har ändrats.</source>
        <comment>backup.copy_failed</comment>
        <translation>تعذّر نسخ النسخة الاحتياطية {name}؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Databasfilen {path} gick inte att flytta undan ({reason}); ingenting har tagits bort.</source>
        <comment>backup.damaged_not_moved</comment>
        <translation>تعذّر نقل ملف قاعدة البيانات {path} جانبًا، والسبب: {reason}؛ لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>dagens första start</source>
        <comment>backup.reason.daily</comment>
        <translation>أول تشغيل في اليوم</translation>
    </message>
    <message>
        <source>före synk</source>
        <comment>backup.reason.sync</comment>
        <translation>قبل المزامنة</translation>
    </message>
    <message>
        <source>gjord för hand</source>
        <comment>backup.reason.manual</comment>
        <translation>أُنشئت يدويًا</translation>
    </message>
    <message>
        <source>före uppgradering</source>
        <comment>backup.reason.upgrade</comment>
        <translation>قبل الترقية</translation>
    </message>
    <message>
        <source>före återställning</source>
        <comment>backup.reason.restore</comment>
        <translation>قبل الاستعادة</translation>
    </message>
    <message>
        <source>kan inte läsas</source>
        <comment>backup.unreadable</comment>
        <translation>لا يمكن قراءتها</translation>
    </message>
    <message numerus="yes">
        <source>{visits} besök, %n aktiviteter, schema {revision}</source>
        <comment>backup.holds</comment>
        <translation>
            <numerusform>الزيارات: {visits}، لا أنشطة، إصدار المخطط {revision}</numerusform>
            <numerusform>الزيارات: {visits}، نشاط واحد، إصدار المخطط {revision}</numerusform>
            <numerusform>الزيارات: {visits}، نشاطان، إصدار المخطط {revision}</numerusform>
            <numerusform>الزيارات: {visits}، %n أنشطة، إصدار المخطط {revision}</numerusform>
            <numerusform>الزيارات: {visits}، %n نشاطًا، إصدار المخطط {revision}</numerusform>
            <numerusform>الزيارات: {visits}، %n نشاط، إصدار المخطط {revision}</numerusform>
        </translation>
    </message>
    <message>
        <source>Säkerhetskopian är sparad: {backup}</source>
        <comment>backup.created</comment>
        <translation>تم حفظ النسخة الاحتياطية: {backup}</translation>
    </message>
    <message>
        <source>En kopia utan anmälningar finns också i {folder}.</source>
        <comment>backup.second_written</comment>
        <translation>توجد أيضًا نسخة بدون التسجيلات في {folder}.</translation>
    </message>
    <message>
        <source>Den andra mappen {folder} finns inte nu (inte ansluten); ingen kopia där.</source>
        <comment>backup.second_absent</comment>
        <translation>المجلد الثاني {folder} غير موجود الآن لأنه غير موصول؛ لم تُحفظ نسخة فيه.</translation>
    </message>
    <message>
        <source>Ingen kopia i den andra mappen: {problem}</source>
        <comment>backup.second_failed</comment>
        <translation>لم تُحفظ نسخة في المجلد الثاني: {problem}</translation>
    </message>
    <message>
        <source>Inga säkerhetskopior ännu (de sparas i {folder}).</source>
        <comment>backup.none_yet</comment>
        <translation>لا توجد نسخ احتياطية بعد، وهي تُحفظ في {folder}.</translation>
    </message>
    <message>
        <source>Återställde {restored}; det som fanns innan finns kvar som säkerhetskopian {kept}.</source>
        <comment>backup.restored</comment>
        <translation>تمت استعادة {restored}؛ وما كان موجودًا قبلها محفوظ في النسخة الاحتياطية {kept}.</translation>
    </message>
    <message>
        <source>Ange antingen en mapp eller --off, inte båda.</source>
        <comment>backup.folder_or_off</comment>
        <translation>حدّد إما مجلدًا أو --off، وليس الاثنين معًا.</translation>
    </message>
    <message>
        <source>Andra mappen för säkerhetskopior: {folder}.</source>
        <comment>backup.second_folder_is</comment>
        <translation>المجلد الثاني للنسخ الاحتياطية: {folder}.</translation>
    </message>
    <message>
        <source>Ingen andra mapp för säkerhetskopior.</source>
        <comment>backup.no_second_folder</comment>
        <translation>لا يوجد مجلد ثانٍ للنسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>Databasen innehåller redan data; demodata fylls bara i en tom databas (välj en ny mapp med --data-dir).</source>
        <comment>demo.not_empty</comment>
        <translation>قاعدة البيانات تحتوي على بيانات من قبل؛ البيانات التجريبية تُملأ في قاعدة بيانات فارغة فقط، اختر مجلدًا جديدًا باستخدام --data-dir.</translation>
    </message>
    <message numerus="yes">
        <source>Demodata för {period}: {visits} besök och %n aktiviteter ({seasons}).</source>
        <comment>demo.summary</comment>
        <translation>
            <numerusform>بيانات تجريبية للفترة {period}: الزيارات {visits} ولا أنشطة، {seasons}.</numerusform>
            <numerusform>بيانات تجريبية للفترة {period}: الزيارات {visits} ونشاط واحد، {seasons}.</numerusform>
            <numerusform>بيانات تجريبية للفترة {period}: الزيارات {visits} ونشاطان، {seasons}.</numerusform>
            <numerusform>بيانات تجريبية للفترة {period}: الزيارات {visits} و%n أنشطة، {seasons}.</numerusform>
            <numerusform>بيانات تجريبية للفترة {period}: الزيارات {visits} و%n نشاطًا، {seasons}.</numerusform>
            <numerusform>بيانات تجريبية للفترة {period}: الزيارات {visits} و%n نشاط، {seasons}.</numerusform>
        </translation>
    </message>
    <message>
        <source>”{name}”</source>
        <comment>files.what.file</comment>
        <translation>&quot;{name}&quot;</translation>
    </message>
    <message>
        <source>filerna i ”{folder}”</source>
        <comment>files.what.folder</comment>
        <translation>الملفات في &quot;{folder}&quot;</translation>
    </message>
    <message>
        <source>”{path}” är en mapp; välj ett filnamn i den.</source>
        <comment>files.is_a_folder</comment>
        <translation>&quot;{path}&quot; مجلد؛ اختر اسم ملف داخله.</translation>
    </message>
    <message>
        <source>”{path}” är en fil, inte en mapp.</source>
        <comment>files.is_a_file</comment>
        <translation>&quot;{path}&quot; ملف وليس مجلدًا.</translation>
    </message>
    <message>
        <source>Mappen ”{folder}” finns inte.</source>
        <comment>files.no_folder</comment>
        <translation>المجلد &quot;{folder}&quot; غير موجود.</translation>
    </message>
    <message>
        <source>”{folder}” är ingen mapp.</source>
        <comment>files.not_a_folder</comment>
        <translation>&quot;{folder}&quot; ليس مجلدًا.</translation>
    </message>
    <message>
        <source>Det finns inte plats att spara {what} (disken är full).</source>
        <comment>files.disk_full</comment>
        <translation>لا توجد مساحة لحفظ {what}، فالقرص ممتلئ.</translation>
    </message>
    <message>
        <source>Kunde inte spara {what}: filen blir för stor för den här disken.</source>
        <comment>files.too_big</comment>
        <translation>تعذّر حفظ {what}: الملف أكبر من الحجم الذي يقبله هذا القرص.</translation>
    </message>
    <message>
        <source>Kunde inte spara {what}: disken är skrivskyddad.</source>
        <comment>files.read_only_disk</comment>
        <translation>تعذّر حفظ {what}: القرص للقراءة فقط.</translation>
    </message>
    <message>
        <source>Kunde inte spara {what}: disken svarade inte (är minnet fortfarande anslutet?).</source>
        <comment>files.no_answer</comment>
        <translation>تعذّر حفظ {what}: القرص لا يستجيب، هل ما زالت ذاكرة USB موصولة؟</translation>
    </message>
    <message>
        <source>Kunde inte spara {what}: mappen är skrivskyddad eller filen är öppen i ett annat program (stäng den och försök igen).</source>
        <comment>files.denied</comment>
        <translation>تعذّر حفظ {what}: المجلد للقراءة فقط أو الملف مفتوح في برنامج آخر، أغلقه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Kunde inte spara {what}: {reason}.</source>
        <comment>files.other</comment>
        <translation>تعذّر حفظ {what}: {reason}.</translation>
    </message>
    <message>
        <source>plats</source>
        <comment>records.kind.site</comment>
        <translation>موقع</translation>
    </message>
    <message>
        <source>organisation</source>
        <comment>records.kind.organisation</comment>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>aktivitetstyp</source>
        <comment>records.kind.activity_type</comment>
        <translation>نوع نشاط</translation>
    </message>
    <message>
        <source>ledare</source>
        <comment>records.kind.leader</comment>
        <translation>قائد</translation>
    </message>
    <message>
        <source>Det finns redan en {kind} som heter ”{name}”.</source>
        <comment>records.name_taken</comment>
        <translation>يوجد بالفعل {kind} باسم &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>Okänd {kind} ”{name}” (finns: {known}).</source>
        <comment>records.unknown_name</comment>
        <translation>لا يوجد {kind} باسم &quot;{name}&quot;، الموجود: {known}.</translation>
    </message>
    <message>
        <source>inga ännu</source>
        <comment>records.none_yet</comment>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>Det finns ingen {kind} med id {id}.</source>
        <comment>records.no_such_id</comment>
        <translation>لا يوجد {kind} بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>Aktiviteten finns inte eller är borttagen.</source>
        <comment>records.activity_gone</comment>
        <translation>النشاط غير موجود أو تم حذفه.</translation>
    </message>
    <message>
        <source>Skriv namnet du söker.</source>
        <comment>signups.name_empty</comment>
        <translation>اكتب الاسم الذي تبحث عنه.</translation>
    </message>
    <message>
        <source>Det finns inga anmälningar för ”{name}”.</source>
        <comment>signups.none_for</comment>
        <translation>لا توجد تسجيلات باسم &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>Anmälan finns inte (den kan ha raderats).</source>
        <comment>signups.gone</comment>
        <translation>التسجيل غير موجود، ربما تم حذفه.</translation>
    </message>
    <message>
        <source>Dagboken är sparad.</source>
        <comment>daylog.saved</comment>
        <translation>تم حفظ سجل اليوم.</translation>
    </message>
    <message>
        <source>Öppettiderna ”{hours}” ska skrivas som tt:mm-tt:mm, t.ex. 15:00-20:00.</source>
        <comment>daylog.hours_form</comment>
        <translation>يجب كتابة أوقات الفتح &quot;{hours}&quot; بالشكل hh:mm-hh:mm، مثلًا 15:00-20:00.</translation>
    </message>
    <message>
        <source>En stängd dag har inga öppettider; ange --open tillsammans med --hours.</source>
        <comment>daylog.closed_no_hours</comment>
        <translation>اليوم المغلق ليس له أوقات فتح؛ استخدم --open مع --hours.</translation>
    </message>
    <message>
        <source>Säsongen slutar ({end}) före den börjar ({start}).</source>
        <comment>records.season_ends_before_start</comment>
        <translation>ينتهي الموسم في {end} قبل أن يبدأ في {start}.</translation>
    </message>
    <message>
        <source>{name}: {start} – {end} · {sites}</source>
        <comment>records.season_line</comment>
        <translation>{name}: {start} – {end} · {sites}</translation>
    </message>
    <message>
        <source>alla platser</source>
        <comment>records.season_every_site</comment>
        <translation>كل الأماكن</translation>
    </message>
    <message>
        <source>Säsongen är sparad.</source>
        <comment>records.season_saved</comment>
        <translation>تم حفظ الموسم.</translation>
    </message>
    <message>
        <source>Ange vad som ska ändras: --name, --start, --end, --site eller --all-sites.</source>
        <comment>records.season_nothing_to_change</comment>
        <translation>حدّد ما تريد تغييره: --name أو --start أو --end أو --site أو --all-sites.</translation>
    </message>
    <message>
        <source>Ange antingen --site (en eller flera platser) eller --all-sites, inte båda.</source>
        <comment>records.season_sites_or_all</comment>
        <translation>حدّد إما --site (مكان واحد أو أكثر) أو --all-sites، وليس كليهما.</translation>
    </message>
    <message>
        <source>Inga säsonger ännu.</source>
        <comment>records.no_seasons</comment>
        <translation>لا توجد مواسم بعد.</translation>
    </message>
    <message>
        <source>{date} {site}: öppet {hours}{note}</source>
        <comment>daylog.line_open</comment>
        <translation>{date} {site}: مفتوح {hours}{note}</translation>
    </message>
    <message>
        <source>{date} {site}: stängt{note}</source>
        <comment>daylog.line_closed</comment>
        <translation>{date} {site}: مغلق{note}</translation>
    </message>
    <message>
        <source>{date} {site}: inte angivet om öppet{note}</source>
        <comment>daylog.line_unsaid</comment>
        <translation>{date} {site}: لم يُحدَّد إن كان مفتوحًا{note}</translation>
    </message>
    <message>
        <source>Inställningen ”{key}” fick ett värde av fel slag.</source>
        <comment>settings.wrong_type</comment>
        <translation>الإعداد &quot;{key}&quot; حصل على قيمة من نوع خاطئ.</translation>
    </message>
    <message>
        <source>Okänt värde ”{value}” (finns: {choices}).</source>
        <comment>settings.not_a_choice</comment>
        <translation>قيمة غير معروفة &quot;{value}&quot;، القيم الممكنة: {choices}.</translation>
    </message>
    <message>
        <source>Det finns ingen inställning som heter ”{key}”.</source>
        <comment>settings.unknown</comment>
        <translation>لا يوجد إعداد باسم &quot;{key}&quot;.</translation>
    </message>
    <message>
        <source>Filen {path} är inte en databas för Vänskapshuset.</source>
        <comment>store.not_our_database</comment>
        <translation>الملف {path} ليس قاعدة بيانات لبرنامج Vänskapshuset.</translation>
    </message>
    <message>
        <source>Databasen har skrivits av en nyare version av Vänskapshuset (schema {revision}); installera den nya versionen på den här datorn.</source>
        <comment>store.newer_schema</comment>
        <translation>كُتبت قاعدة البيانات بإصدار أحدث من Vänskapshuset، إصدار المخطط {revision}؛ ثبّت الإصدار الجديد على هذا الحاسوب.</translation>
    </message>
    <message numerus="yes">
        <source>Uppgraderingen av databasen avbröts: den skulle ha lämnat %n trasiga hänvisningar. Inget har ändrats.</source>
        <comment>store.upgrade_would_break</comment>
        <translation>
            <numerusform>أُلغيت ترقية قاعدة البيانات لأنها كانت ستترك %n إحالة معطوبة. لم يتغير شيء.</numerusform>
            <numerusform>أُلغيت ترقية قاعدة البيانات لأنها كانت ستترك إحالة معطوبة واحدة. لم يتغير شيء.</numerusform>
            <numerusform>أُلغيت ترقية قاعدة البيانات لأنها كانت ستترك إحالتين معطوبتين. لم يتغير شيء.</numerusform>
            <numerusform>أُلغيت ترقية قاعدة البيانات لأنها كانت ستترك %n إحالات معطوبة. لم يتغير شيء.</numerusform>
            <numerusform>أُلغيت ترقية قاعدة البيانات لأنها كانت ستترك %n إحالة معطوبة. لم يتغير شيء.</numerusform>
            <numerusform>أُلغيت ترقية قاعدة البيانات لأنها كانت ستترك %n إحالة معطوبة. لم يتغير شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Den här datorn är inte med i något lag ännu: skapa ett lag eller gå med med lagkoden först.</source>
        <comment>sync.team.not_in_team</comment>
        <translation>هذا الحاسوب ليس عضوًا في أي فريق بعد: أنشئ فريقًا أو انضم إلى فريق باستخدام رمز الفريق أولًا.</translation>
    </message>
    <message>
        <source>Den här datorn är redan med i ett lag; dess lagkod finns på sidan Synk.</source>
        <comment>sync.team.already_in_team</comment>
        <translation>هذا الحاسوب عضو في فريق بالفعل؛ تجد رمز الفريق في صفحة المزامنة.</translation>
    </message>
    <message>
        <source>Den här datorn är redan med i ett annat lag; lämna det först (sidan Synk).</source>
        <comment>sync.team.in_other_team</comment>
        <translation>هذا الحاسوب عضو في فريق آخر بالفعل؛ غادر ذلك الفريق أولًا من صفحة المزامنة.</translation>
    </message>
    <message>
        <source>Lagkoden innehåller tecken som inte finns i koder: {characters}.</source>
        <comment>sync.code.wrong_characters</comment>
        <translation>يحتوي رمز الفريق على خانات غير مسموح بها في الرموز: {characters}.</translation>
    </message>
    <message numerus="yes">
        <source>Lagkoden ska ha {expected} tecken (utan bindestreck), men har %n.</source>
        <comment>sync.code.length</comment>
        <translation>
            <numerusform>يجب أن يتكون رمز الفريق من {expected} خانة دون الشرطات، لكنه لا يحتوي على أي خانة.</numerusform>
            <numerusform>يجب أن يتكون رمز الفريق من {expected} خانة دون الشرطات، لكنه يحتوي على خانة واحدة.</numerusform>
            <numerusform>يجب أن يتكون رمز الفريق من {expected} خانة دون الشرطات، لكنه يحتوي على خانتين.</numerusform>
            <numerusform>يجب أن يتكون رمز الفريق من {expected} خانة دون الشرطات، لكنه يحتوي على %n خانات.</numerusform>
            <numerusform>يجب أن يتكون رمز الفريق من {expected} خانة دون الشرطات، لكنه يحتوي على %n خانة.</numerusform>
            <numerusform>يجب أن يتكون رمز الفريق من {expected} خانة دون الشرطات، لكنه يحتوي على %n خانة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lagkoden är felskriven; kontrollera den tecken för tecken.</source>
        <comment>sync.code.mistyped</comment>
        <translation>رمز الفريق مكتوب بشكل خاطئ؛ تحقّق منه خانةً خانة.</translation>
    </message>
    <message>
        <source>Välj först en mapp att synka genom.</source>
        <comment>sync.folder.none_chosen</comment>
        <translation>اختر أولًا مجلدًا تتم المزامنة من خلاله.</translation>
    </message>
    <message>
        <source>Mappen ”{folder}” finns inte (är minnet eller nätverket anslutet?).</source>
        <comment>sync.folder.missing</comment>
        <translation>المجلد &quot;{folder}&quot; غير موجود؛ هل الذاكرة المحمولة أو الشبكة متصلة؟</translation>
    </message>
    <message>
        <source>”{path}” är en mapp, inte en synkfil.</source>
        <comment>sync.file.is_folder</comment>
        <translation>&quot;{path}&quot; مجلد وليس ملف مزامنة.</translation>
    </message>
    <message>
        <source>Filen ”{path}” finns inte.</source>
        <comment>sync.file.missing</comment>
        <translation>الملف &quot;{path}&quot; غير موجود.</translation>
    </message>
    <message>
        <source>Filen ”{path}” får inte läsas (behörighet saknas).</source>
        <comment>sync.file.not_permitted</comment>
        <translation>لا يُسمح بقراءة الملف &quot;{path}&quot;، لا توجد صلاحية لذلك.</translation>
    </message>
    <message>
        <source>Kunde inte läsa ”{path}”: {reason}.</source>
        <comment>sync.file.read_failed</comment>
        <translation>تعذّرت قراءة &quot;{path}&quot;: {reason}.</translation>
    </message>
    <message>
        <source>”{file}” är ingen vanlig fil (en länk, en kö eller en enhet) och lästes inte.</source>
        <comment>sync.file.not_regular</comment>
        <translation>&quot;{file}&quot; ليس ملفًا عاديًا، بل رابط أو قائمة انتظار أو جهاز، ولم تتم قراءته.</translation>
    </message>
    <message>
        <source>”{file}” är för stor för att vara en synkfil ({size}; högst {limit}).</source>
        <comment>sync.file.too_big</comment>
        <translation>&quot;{file}&quot; كبير جدًا ليكون ملف مزامنة: حجمه {size} والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <source>”{file}” är för stor för att vara en synkfil (mer än {limit}).</source>
        <comment>sync.file.over_limit</comment>
        <translation>&quot;{file}&quot; كبير جدًا ليكون ملف مزامنة: حجمه أكبر من {limit}.</translation>
    </message>
    <message>
        <source>{number} MB</source>
        <comment>sync.size.mb</comment>
        <translation>{number} ميغابايت</translation>
    </message>
    <message>
        <source>{number} kB</source>
        <comment>sync.size.kb</comment>
        <translation>{number} كيلوبايت</translation>
    </message>
    <message numerus="yes">
        <source>%n byte</source>
        <comment>sync.size.bytes</comment>
        <translation>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايت</numerusform>
        </translation>
    </message>
    <message>
        <source>”{file}” är gjord av en nyare version av Vänskapshuset; uppdatera programmet på den här datorn först.</source>
        <comment>sync.bundle.newer</comment>
        <translation>&quot;{file}&quot; أُنشئ بإصدار أحدث من Vänskapshuset؛ حدّث البرنامج على هذا الحاسوب أولًا.</translation>
    </message>
    <message>
        <source>”{file}” är ofullständig: filen slutar för tidigt (kopieras den fortfarande?).</source>
        <comment>sync.bundle.incomplete</comment>
        <translation>&quot;{file}&quot; غير مكتمل: الملف ينتهي قبل أوانه. هل ما زال يُنسخ؟</translation>
    </message>
    <message>
        <source>”{file}” är ingen synkfil från Vänskapshuset.</source>
        <comment>sync.bundle.not_a_bundle</comment>
        <translation>&quot;{file}&quot; ليس ملف مزامنة من Vänskapshuset.</translation>
    </message>
    <message>
        <source>”{file}” kommer från ett annat lag än den här datorns; den kan inte läsas in.</source>
        <comment>sync.bundle.other_team</comment>
        <translation>&quot;{file}&quot; من فريق غير فريق هذا الحاسوب؛ لا يمكن استيراده.</translation>
    </message>
    <message>
        <source>”{file}” har ändrats eller skadats efter att den skrevs; den kan inte läsas in.</source>
        <comment>sync.bundle.changed</comment>
        <translation>&quot;{file}&quot; تغيّر أو تلف بعد كتابته؛ لا يمكن استيراده.</translation>
    </message>
    <message>
        <source>”{file}” är skadad; inget lästes in.</source>
        <comment>sync.bundle.broken</comment>
        <translation>&quot;{file}&quot; تالف؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>”{file}” innehåller oväntade delar ({parts}); inget lästes in.</source>
        <comment>sync.bundle.unexpected_parts</comment>
        <translation>&quot;{file}&quot; يحتوي على أجزاء غير متوقعة: {parts}؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>”{file}” innehåller oväntade delar (dubbletter); inget lästes in.</source>
        <comment>sync.bundle.duplicate_parts</comment>
        <translation>&quot;{file}&quot; يحتوي على أجزاء غير متوقعة مكررة؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>”{file}” är för stor uppackad för att vara en synkfil; inget lästes in.</source>
        <comment>sync.bundle.too_big_unpacked</comment>
        <translation>&quot;{file}&quot; كبير جدًا بعد فك ضغطه ليكون ملف مزامنة؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>”{file}” innehåller felaktiga uppgifter ({part}); inget lästes in.</source>
        <comment>sync.bundle.damaged</comment>
        <translation>&quot;{file}&quot; يحتوي على بيانات خاطئة: {part}؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>Synkfilen ”{file}” från ”{device}” innehåller felaktiga uppgifter ({part}); inget lästes in.</source>
        <comment>sync.bundle.damaged_from</comment>
        <translation>ملف المزامنة &quot;{file}&quot; من &quot;{device}&quot; يحتوي على بيانات خاطئة: {part}؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>Synkfilen ”{file}” från ”{device}” har ett ogiltigt värde i {table}, fältet {field}; inget lästes in.</source>
        <comment>sync.bundle.invalid_value</comment>
        <translation>ملف المزامنة &quot;{file}&quot; من &quot;{device}&quot; فيه قيمة غير صالحة في {table}، الحقل {field}؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>”{file}” hänvisar till uppgifter som varken finns i filen eller på den här datorn; inget lästes in.</source>
        <comment>sync.bundle.unknown_references</comment>
        <translation>&quot;{file}&quot; يشير إلى بيانات غير موجودة في الملف ولا على هذا الحاسوب؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>”{file}” kan inte läsas in: den är skriven {written} enligt datorn ”{device}”, mer än ett dygn efter den här datorns klocka; kontrollera datum och tid på båda datorerna och synka igen.</source>
        <comment>sync.bundle.clock_ahead</comment>
        <translation>لا يمكن استيراد &quot;{file}&quot;: فقد كُتب في {written} حسب الحاسوب &quot;{device}&quot;، أي بعد أكثر من يوم كامل من وقت ساعة هذا الحاسوب؛ تحقّق من التاريخ والوقت على الحاسوبين وأعد المزامنة.</translation>
    </message>
    <message>
        <source>”{file}” är inte den synkfil namnet säger; den lästes inte in.</source>
        <comment>sync.bundle.not_the_named_file</comment>
        <translation>&quot;{file}&quot; ليس ملف المزامنة الذي يدل عليه اسمه؛ لم يتم استيراده.</translation>
    </message>
    <message>
        <source>Det finns inte plats på disken för att läsa in ”{file}”; inget lästes in. Frigör utrymme och synka igen.</source>
        <comment>sync.import.no_room</comment>
        <translation>لا توجد مساحة كافية على القرص لاستيراد &quot;{file}&quot;؛ لم يُستورد أي شيء. وفّر بعض المساحة وأعد المزامنة.</translation>
    </message>
    <message>
        <source>”{file}” kunde inte läsas in; detaljer i loggen.</source>
        <comment>sync.import.unreadable</comment>
        <translation>تعذّر استيراد &quot;{file}&quot;؛ التفاصيل في ملف السجل التقني.</translation>
    </message>
    <message>
        <source>{table}: {field}</source>
        <comment>sync.part.field</comment>
        <translation>{table}: {field}</translation>
    </message>
    <message>
        <source>{table}: samma id två gånger</source>
        <comment>sync.part.same_id_twice</comment>
        <translation>{table}: المعرّف نفسه مكرر مرتين</translation>
    </message>
    <message>
        <source>{table}: aktiviteten saknas</source>
        <comment>sync.part.activity_missing</comment>
        <translation>{table}: النشاط غير موجود</translation>
    </message>
    <message>
        <source>{table}: värde</source>
        <comment>sync.part.value</comment>
        <translation>{table}: قيمة</translation>
    </message>
    <message>
        <source>{parts} saknas</source>
        <comment>sync.part.missing</comment>
        <translation>ناقص: {parts}</translation>
    </message>
    <message>
        <source>antalen stämmer inte</source>
        <comment>sync.part.counts_differ</comment>
        <translation>الأعداد غير متطابقة</translation>
    </message>
    <message>
        <source>inställningar</source>
        <comment>sync.table.setting</comment>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>åldersgrupper</source>
        <comment>sync.table.age_band</comment>
        <translation>الفئات العمرية</translation>
    </message>
    <message>
        <source>platser</source>
        <comment>sync.table.site</comment>
        <translation>المواقع</translation>
    </message>
    <message>
        <source>ledare</source>
        <comment>sync.table.leader</comment>
        <translation>القادة</translation>
    </message>
    <message>
        <source>organisationer</source>
        <comment>sync.table.organisation</comment>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>aktivitetstyper</source>
        <comment>sync.table.activity_type</comment>
        <translation>أنواع الأنشطة</translation>
    </message>
    <message>
        <source>säsonger</source>
        <comment>sync.table.season</comment>
        <translation>المواسم</translation>
    </message>
    <message>
        <source>veckoaktiviteter</source>
        <comment>sync.table.activity_template</comment>
        <translation>الأنشطة الأسبوعية</translation>
    </message>
    <message>
        <source>dagböcker</source>
        <comment>sync.table.day_log</comment>
        <translation>سجلات اليوم</translation>
    </message>
    <message>
        <source>aktiviteter</source>
        <comment>sync.table.activity</comment>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>enkäter</source>
        <comment>sync.table.follow_up_survey</comment>
        <translation>الاستبيانات</translation>
    </message>
    <message>
        <source>samverkansinitiativ</source>
        <comment>sync.table.follow_up_initiative</comment>
        <translation>مبادرات التعاون</translation>
    </message>
    <message>
        <source>deltagare</source>
        <comment>sync.table.activity_participant</comment>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>samarbetspartner</source>
        <comment>sync.table.activity_partner</comment>
        <translation>الشركاء المتعاونون</translation>
    </message>
    <message>
        <source>besök</source>
        <comment>sync.table.visit</comment>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>sammanslagna namn</source>
        <comment>sync.table.record_alias</comment>
        <translation>الأسماء المدمجة</translation>
    </message>
    <message>
        <source>ändringslogg</source>
        <comment>sync.table.audit_log</comment>
        <translation>سجل التغييرات</translation>
    </message>
    <message numerus="yes">
        <source>Datorns klocka gick tidigare fel: %n ändringar med för sent datum fick dagens tid.</source>
        <comment>sync.export.clock_repaired</comment>
        <translation>
            <numerusform>كانت ساعة الحاسوب خاطئة من قبل: ضُبط وقت %n تعديل كان تاريخه في المستقبل على وقت اليوم.</numerusform>
            <numerusform>كانت ساعة الحاسوب خاطئة من قبل: ضُبط وقت تعديل واحد كان تاريخه في المستقبل على وقت اليوم.</numerusform>
            <numerusform>كانت ساعة الحاسوب خاطئة من قبل: ضُبط وقت تعديلين كان تاريخهما في المستقبل على وقت اليوم.</numerusform>
            <numerusform>كانت ساعة الحاسوب خاطئة من قبل: ضُبط وقت %n تعديلات كان تاريخها في المستقبل على وقت اليوم.</numerusform>
            <numerusform>كانت ساعة الحاسوب خاطئة من قبل: ضُبط وقت %n تعديلًا كان تاريخه في المستقبل على وقت اليوم.</numerusform>
            <numerusform>كانت ساعة الحاسوب خاطئة من قبل: ضُبط وقت %n تعديل كان تاريخه في المستقبل على وقت اليوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Med i laget som ”{device}”.</source>
        <comment>sync.cli.joined</comment>
        <translation>أصبح هذا الحاسوب عضوًا في الفريق باسم &quot;{device}&quot;.</translation>
    </message>
    <message>
        <source>{file}: redan inläst tidigare, inget ändrat.</source>
        <comment>sync.cli.imported_before</comment>
        <translation>{file}: تم استيراده من قبل، لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{file} från ”{device}”: {visits} nya besök, {records_new} nya och {records_updated} uppdaterade poster, {records_unchanged} oförändrade.</source>
        <comment>sync.cli.imported</comment>
        <translation>{file} من &quot;{device}&quot;: زيارات جديدة: {visits}، عناصر جديدة: {records_new}، عناصر محدّثة: {records_updated}، دون تغيير: {records_unchanged}.</translation>
    </message>
    <message>
        <source>{file} från ”{device}”: {visits} nya besök, {records_new} nya och {records_updated} uppdaterade poster, {records_unchanged} oförändrade; {conflicts} ändringar förlorade en konflikt (se sidan Synk).</source>
        <comment>sync.cli.imported_with_conflicts</comment>
        <translation>{file} من &quot;{device}&quot;: زيارات جديدة: {visits}، عناصر جديدة: {records_new}، عناصر محدّثة: {records_updated}، دون تغيير: {records_unchanged}؛ تعديلات خسرت في تعارض: {conflicts}، انظر صفحة المزامنة.</translation>
    </message>
    <message>
        <source>Inget nytt att skriva: den här datorns filer i mappen är aktuella.</source>
        <comment>sync.cli.nothing_to_write</comment>
        <translation>لا شيء جديد للكتابة: ملفات هذا الحاسوب في المجلد محدّثة.</translation>
    </message>
    <message>
        <source>Skrev {path}.</source>
        <comment>sync.cli.wrote</comment>
        <translation>تمت كتابة {path}.</translation>
    </message>
    <message>
        <source>Skriv lagkoden från samordnarens dator.</source>
        <comment>sync.code_empty</comment>
        <translation>اكتب رمز الفريق من حاسوب المنسّق.</translation>
    </message>
    <message>
        <source>Datorns klocka visar {date}: ställ klockan rätt först.</source>
        <comment>visits.clock_wrong</comment>
        <translation>ساعة الحاسوب تُظهر {date}: اضبط الساعة أولًا.</translation>
    </message>
    <message>
        <source>Okänd åldersgrupp ”{band}”.</source>
        <comment>visits.unknown_age_band</comment>
        <translation>فئة عمرية غير معروفة: &quot;{band}&quot;.</translation>
    </message>
    <message>
        <source>Besöket som skulle ångras finns inte.</source>
        <comment>visits.undo_missing</comment>
        <translation>الزيارة المطلوب التراجع عنها غير موجودة.</translation>
    </message>
    <message>
        <source>Det besöket är redan ångrat.</source>
        <comment>visits.already_undone</comment>
        <translation>تم التراجع عن تلك الزيارة بالفعل.</translation>
    </message>
    <message>
        <source>Dagen {day} har inte varit än.</source>
        <comment>visits.paper_day_ahead</comment>
        <translation>اليوم {day} لم يأتِ بعد.</translation>
    </message>
    <message>
        <source>Räknelistan är redan borttagen eller finns inte.</source>
        <comment>visits.paper_gone</comment>
        <translation>ورقة العدّ محذوفة بالفعل أو غير موجودة.</translation>
    </message>
    <message numerus="yes">
        <source>%n besök sparade.</source>
        <comment>visits.saved</comment>
        <translation>
            <numerusform>تم حفظ %n زيارة.</numerusform>
            <numerusform>تم حفظ زيارة واحدة.</numerusform>
            <numerusform>تم حفظ زيارتين.</numerusform>
            <numerusform>تم حفظ %n زيارات.</numerusform>
            <numerusform>تم حفظ %n زيارة.</numerusform>
            <numerusform>تم حفظ %n زيارة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Markerade som nya (första gången i säsongen): {count}.</source>
        <comment>visits.new_saved</comment>
        <translation>عُلِّم كزوار جدد (أول مرة في الموسم): {count}.</translation>
    </message>
    <message>
        <source>Välj minst en plats.</source>
        <comment>setup.choose_a_site</comment>
        <translation>اختر موقعًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Två platser har samma namn.</source>
        <comment>setup.sites_same_name</comment>
        <translation>لموقعين الاسم نفسه.</translation>
    </message>
    <message numerus="yes">
        <source>Lösenordet måste ha minst %n tecken.</source>
        <comment>setup.password_too_short</comment>
        <translation>
            <numerusform>يجب أن تتكون كلمة المرور من %n حرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من حرف واحد على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من حرفين على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %n أحرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %n حرفًا على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Programmet är redan inställt på den här datorn.</source>
        <comment>setup.already_set_up</comment>
        <translation>البرنامج مُعدّ مسبقًا على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Datamappen {folder} går inte att skapa eller skriva i; välj en annan mapp med --data-dir.</source>
        <comment>setup.data_folder_unusable</comment>
        <translation>لا يمكن إنشاء مجلد البيانات {folder} أو الكتابة فيه؛ اختر مجلدًا آخر باستخدام --data-dir.</translation>
    </message>
    <message>
        <source>Anmälningslistan finns inte på språket ”{language}”; välj bland {known} (eller {swedish} för bara svenska).</source>
        <comment>setup.sheet_language_unknown</comment>
        <translation>قائمة التسجيل غير متوفرة باللغة &quot;{language}&quot;؛ اختر من {known}، أو {swedish} للسويدية فقط.</translation>
    </message>
    <message>
        <source>En text i dokumentet (ett namn, en titel eller en anteckning) är för lång för att få plats på en sida; korta den och försök igen.</source>
        <comment>report.text_too_long_for_page</comment>
        <translation>أحد النصوص في المستند، مثل اسم أو عنوان أو ملاحظة، طويل جدًا ولا يتسع في صفحة واحدة. اختصره وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Diagrammen kunde inte ritas som bilder (ritverktyget rl_renderPM saknas i installationen); spara rapporten som PDF i stället.</source>
        <comment>report.charts_not_drawn</comment>
        <translation>تعذّر رسم المخططات كصور، أداة الرسم rl_renderPM غير موجودة في التثبيت؛ احفظ التقرير بصيغة PDF بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Den här rapporten har inga diagram att spara som bilder; välj en säsong, ett år, en period eller en samarbetspartner.</source>
        <comment>report.no_charts</comment>
        <translation>لا يحتوي هذا التقرير على رسوم بيانية لحفظها كصور؛ اختر موسمًا أو سنة أو فترة أو شريك تعاون.</translation>
    </message>
    <message>
        <source>Datumet {date} ligger före {earliest}, det tidigaste som går.</source>
        <comment>date.too_early</comment>
        <translation>التاريخ {date} يقع قبل {earliest}، وهو أبكر تاريخ ممكن.</translation>
    </message>
    <message>
        <source>Datumet {date} ligger efter {latest}, det senaste som går.</source>
        <comment>date.too_late</comment>
        <translation>التاريخ {date} يقع بعد {latest}، وهو آخر تاريخ ممكن.</translation>
    </message>
    <message>
        <source>Datumet {date} ligger mer än ett år fram i tiden (senast {latest} går just nu).</source>
        <comment>date.too_far_ahead</comment>
        <translation>التاريخ {date} بعد أكثر من سنة من الآن، وآخر تاريخ ممكن حاليًا هو {latest}.</translation>
    </message>
    <message>
        <source>Perioden slutar ({end}) före den börjar ({start}).</source>
        <comment>period.reversed</comment>
        <translation>تنتهي الفترة في {end} قبل أن تبدأ في {start}.</translation>
    </message>
    <message>
        <source>Tidszonen i tidpunkten {moment} finns inte (skillnaden mot UTC är −12:00 till +14:00).</source>
        <comment>moment.bad_offset</comment>
        <translation>المنطقة الزمنية في الوقت {moment} غير موجودة، فالفرق عن UTC يجب أن يكون من −12:00 إلى +14:00.</translation>
    </message>
    <message>
        <source>Datumet ”{text}” ska skrivas som ÅÅÅÅ-MM-DD, t.ex. 2025-07-03.</source>
        <comment>date.bad_format</comment>
        <translation>يجب كتابة التاريخ &quot;{text}&quot; بالشكل YYYY-MM-DD، مثل 2025-07-03.</translation>
    </message>
    <message>
        <source>Klockslaget ”{text}” ska skrivas som tt:mm, t.ex. 15:30.</source>
        <comment>time.bad_format</comment>
        <translation>يجب كتابة الساعة &quot;{text}&quot; بالشكل hh:mm، مثل 15:30.</translation>
    </message>
    <message>
        <source>Tidpunkten ”{text}” ska skrivas som ÅÅÅÅ-MM-DDTtt:mm, t.ex. 2025-07-03T14:30.</source>
        <comment>moment.bad_format</comment>
        <translation>يجب كتابة الوقت &quot;{text}&quot; بالشكل YYYY-MM-DDThh:mm، مثل 2025-07-03T14:30.</translation>
    </message>
    <message>
        <source>Klockslaget {time} den {date} finns inte i svensk tid (klockan ställdes fram).</source>
        <comment>moment.skipped_hour</comment>
        <translation>الساعة {time} يوم {date} غير موجودة في التوقيت السويدي، لأن الساعة قُدِّمت إلى الأمام.</translation>
    </message>
    <message>
        <source>Aktiviteten slutar ({end}) innan den börjar ({start}).</source>
        <comment>time_span.activity</comment>
        <translation>ينتهي النشاط في {end} قبل أن يبدأ في {start}.</translation>
    </message>
    <message>
        <source>Mallen slutar innan den börjar.</source>
        <comment>time_span.template</comment>
        <translation>ينتهي القالب قبل أن يبدأ.</translation>
    </message>
    <message>
        <source>Stängningstiden måste vara efter öppningstiden.</source>
        <comment>time_span.day_log</comment>
        <translation>يجب أن يكون وقت الإغلاق بعد وقت الفتح.</translation>
    </message>
    <message>
        <source>Antalet besök måste vara minst {low}.</source>
        <comment>number.visits_at_once.too_low</comment>
        <translation>يجب أن يكون عدد الزيارات {low} على الأقل.</translation>
    </message>
    <message numerus="yes">
        <source>Högst %n besök kan läggas till på en gång.</source>
        <comment>number.visits_at_once.too_high</comment>
        <translation>
            <numerusform>لا يمكن إضافة أي زيارة في المرة الواحدة.</numerusform>
            <numerusform>يمكن إضافة زيارة واحدة على الأكثر في المرة الواحدة.</numerusform>
            <numerusform>يمكن إضافة زيارتين على الأكثر في المرة الواحدة.</numerusform>
            <numerusform>يمكن إضافة %n زيارات على الأكثر في المرة الواحدة.</numerusform>
            <numerusform>يمكن إضافة %n زيارة على الأكثر في المرة الواحدة.</numerusform>
            <numerusform>يمكن إضافة %n زيارة على الأكثر في المرة الواحدة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Antalet deltagare kan inte vara negativt.</source>
        <comment>number.participants_per_cell.too_low</comment>
        <translation>لا يمكن أن يكون عدد المشاركين سالبًا.</translation>
    </message>
    <message numerus="yes">
        <source>Högst %n deltagare per kön och åldersgrupp kan anges.</source>
        <comment>number.participants_per_cell.too_high</comment>
        <translation>
            <numerusform>لا يمكن إدخال أي مشارك لكل جنس وفئة عمرية.</numerusform>
            <numerusform>يمكن إدخال مشارك واحد على الأكثر لكل جنس وفئة عمرية.</numerusform>
            <numerusform>يمكن إدخال مشاركَين على الأكثر لكل جنس وفئة عمرية.</numerusform>
            <numerusform>يمكن إدخال %n مشاركين على الأكثر لكل جنس وفئة عمرية.</numerusform>
            <numerusform>يمكن إدخال %n مشاركًا على الأكثر لكل جنس وفئة عمرية.</numerusform>
            <numerusform>يمكن إدخال %n مشارك على الأكثر لكل جنس وفئة عمرية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Antalet ledare kan inte vara negativt.</source>
        <comment>number.leaders.too_low</comment>
        <translation>لا يمكن أن يكون عدد القادة سالبًا.</translation>
    </message>
    <message>
        <source>Antalet ledare får vara högst {high}.</source>
        <comment>number.leaders.too_high</comment>
        <translation>يجب ألا يزيد عدد القادة عن {high}.</translation>
    </message>
    <message>
        <source>Antalet besök kan inte vara negativt.</source>
        <comment>number.paper_per_cell.too_low</comment>
        <translation>لا يمكن أن يكون عدد الزيارات سالبًا.</translation>
    </message>
    <message numerus="yes">
        <source>Högst %n besök per ruta kan skrivas in från en räknelista.</source>
        <comment>number.paper_per_cell.too_high</comment>
        <translation>
            <numerusform>لا يمكن إدخال أي زيارة في خانة واحدة من ورقة العدّ.</numerusform>
            <numerusform>يمكن إدخال زيارة واحدة على الأكثر في كل خانة من ورقة العدّ.</numerusform>
            <numerusform>يمكن إدخال زيارتين على الأكثر في كل خانة من ورقة العدّ.</numerusform>
            <numerusform>يمكن إدخال %n زيارات على الأكثر في كل خانة من ورقة العدّ.</numerusform>
            <numerusform>يمكن إدخال %n زيارة على الأكثر في كل خانة من ورقة العدّ.</numerusform>
            <numerusform>يمكن إدخال %n زيارة على الأكثر في كل خانة من ورقة العدّ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Räknelistan har inga besök att skriva in.</source>
        <comment>number.paper_per_sheet.too_low</comment>
        <translation>لا توجد في ورقة العدّ أي زيارات لإدخالها.</translation>
    </message>
    <message numerus="yes">
        <source>Högst %n besök kan skrivas in från en räknelista.</source>
        <comment>number.paper_per_sheet.too_high</comment>
        <translation>
            <numerusform>لا يمكن إدخال أي زيارة من ورقة العدّ.</numerusform>
            <numerusform>يمكن إدخال زيارة واحدة على الأكثر من ورقة عدّ واحدة.</numerusform>
            <numerusform>يمكن إدخال زيارتين على الأكثر من ورقة عدّ واحدة.</numerusform>
            <numerusform>يمكن إدخال %n زيارات على الأكثر من ورقة عدّ واحدة.</numerusform>
            <numerusform>يمكن إدخال %n زيارة على الأكثر من ورقة عدّ واحدة.</numerusform>
            <numerusform>يمكن إدخال %n زيارة على الأكثر من ورقة عدّ واحدة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sparandetiden ska vara {low}–%n dagar.</source>
        <comment>number.retention_days</comment>
        <translation>
            <numerusform>يجب أن تكون مدة الحفظ من {low} إلى %n يوم.</numerusform>
            <numerusform>يجب أن تكون مدة الحفظ من {low} إلى يوم واحد.</numerusform>
            <numerusform>يجب أن تكون مدة الحفظ من {low} إلى يومين.</numerusform>
            <numerusform>يجب أن تكون مدة الحفظ من {low} إلى %n أيام.</numerusform>
            <numerusform>يجب أن تكون مدة الحفظ من {low} إلى %n يومًا.</numerusform>
            <numerusform>يجب أن تكون مدة الحفظ من {low} إلى %n يوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Åldern måste vara mellan {low} och %n år.</source>
        <comment>number.signup_age</comment>
        <translation>
            <numerusform>يجب أن يكون العمر بين {low} و%n سنة.</numerusform>
            <numerusform>يجب أن يكون العمر بين {low} وسنة واحدة.</numerusform>
            <numerusform>يجب أن يكون العمر بين {low} وسنتين.</numerusform>
            <numerusform>يجب أن يكون العمر بين {low} و%n سنوات.</numerusform>
            <numerusform>يجب أن يكون العمر بين {low} و%n سنة.</numerusform>
            <numerusform>يجب أن يكون العمر بين {low} و%n سنة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>En åldersgrupp kan inte börja under %n år.</source>
        <comment>number.band_age.too_low</comment>
        <translation>
            <numerusform>لا يمكن أن تبدأ الفئة العمرية من عمر أقل من %n سنة.</numerusform>
            <numerusform>لا يمكن أن تبدأ الفئة العمرية من عمر أقل من سنة واحدة.</numerusform>
            <numerusform>لا يمكن أن تبدأ الفئة العمرية من عمر أقل من سنتين.</numerusform>
            <numerusform>لا يمكن أن تبدأ الفئة العمرية من عمر أقل من %n سنوات.</numerusform>
            <numerusform>لا يمكن أن تبدأ الفئة العمرية من عمر أقل من %n سنة.</numerusform>
            <numerusform>لا يمكن أن تبدأ الفئة العمرية من عمر أقل من %n سنة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>En åldersgrupp kan inte gå över %n år.</source>
        <comment>number.band_age.too_high</comment>
        <translation>
            <numerusform>لا يمكن أن تتجاوز الفئة العمرية عمر %n سنة.</numerusform>
            <numerusform>لا يمكن أن تتجاوز الفئة العمرية عمر سنة واحدة.</numerusform>
            <numerusform>لا يمكن أن تتجاوز الفئة العمرية عمر سنتين.</numerusform>
            <numerusform>لا يمكن أن تتجاوز الفئة العمرية عمر %n سنوات.</numerusform>
            <numerusform>لا يمكن أن تتجاوز الفئة العمرية عمر %n سنة.</numerusform>
            <numerusform>لا يمكن أن تتجاوز الفئة العمرية عمر %n سنة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Veckodagen måste vara måndag till söndag.</source>
        <comment>number.weekday</comment>
        <translation>يجب أن يكون يوم الأسبوع من الاثنين إلى الأحد.</translation>
    </message>
    <message>
        <source>Året ligger utanför {low}–{high}.</source>
        <comment>number.report_year</comment>
        <translation>السنة خارج المدى من {low} إلى {high}.</translation>
    </message>
    <message>
        <source>Demodata behöver minst ett år.</source>
        <comment>number.demo_years.too_low</comment>
        <translation>تحتاج البيانات التجريبية إلى سنة واحدة على الأقل.</translation>
    </message>
    <message numerus="yes">
        <source>Demodata kan fyllas i för högst %n år.</source>
        <comment>number.demo_years.too_high</comment>
        <translation>
            <numerusform>لا يمكن ملء البيانات التجريبية لأي سنة.</numerusform>
            <numerusform>يمكن ملء البيانات التجريبية لسنة واحدة على الأكثر.</numerusform>
            <numerusform>يمكن ملء البيانات التجريبية لسنتين على الأكثر.</numerusform>
            <numerusform>يمكن ملء البيانات التجريبية لمدة %n سنوات على الأكثر.</numerusform>
            <numerusform>يمكن ملء البيانات التجريبية لمدة %n سنة على الأكثر.</numerusform>
            <numerusform>يمكن ملء البيانات التجريبية لمدة %n سنة على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demodata behöver minst tre platser.</source>
        <comment>number.demo_sites.too_low</comment>
        <translation>تحتاج البيانات التجريبية إلى ثلاثة مواقع على الأقل.</translation>
    </message>
    <message numerus="yes">
        <source>Demodata kan fyllas i för högst %n platser.</source>
        <comment>number.demo_sites.too_high</comment>
        <translation>
            <numerusform>لا يمكن ملء البيانات التجريبية لأي موقع.</numerusform>
            <numerusform>يمكن ملء البيانات التجريبية لموقع واحد على الأكثر.</numerusform>
            <numerusform>يمكن ملء البيانات التجريبية لموقعين على الأكثر.</numerusform>
            <numerusform>يمكن ملء البيانات التجريبية لـ %n مواقع على الأكثر.</numerusform>
            <numerusform>يمكن ملء البيانات التجريبية لـ %n موقعًا على الأكثر.</numerusform>
            <numerusform>يمكن ملء البيانات التجريبية لـ %n موقع على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Talet är för litet för databasen.</source>
        <comment>number.stored_integer.too_low</comment>
        <translation>الرقم صغير جدًا ولا يمكن حفظه في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Talet är för stort för databasen.</source>
        <comment>number.stored_integer.too_high</comment>
        <translation>الرقم كبير جدًا ولا يمكن حفظه في قاعدة البيانات.</translation>
    </message>
    <message numerus="yes">
        <source>{what} får vara högst %n tecken (nu {length}).</source>
        <comment>text.too_long</comment>
        <translation>
            <numerusform>يجب ألا يتجاوز {what} %n حرف، وعدد الأحرف الآن {length}.</numerusform>
            <numerusform>يجب ألا يتجاوز {what} حرفًا واحدًا، وعدد الأحرف الآن {length}.</numerusform>
            <numerusform>يجب ألا يتجاوز {what} حرفين، وعدد الأحرف الآن {length}.</numerusform>
            <numerusform>يجب ألا يتجاوز {what} %n أحرف، وعدد الأحرف الآن {length}.</numerusform>
            <numerusform>يجب ألا يتجاوز {what} %n حرفًا، وعدد الأحرف الآن {length}.</numerusform>
            <numerusform>يجب ألا يتجاوز {what} %n حرف، وعدد الأحرف الآن {length}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} ska stå på en rad, utan radbrytningar och tabbar.</source>
        <comment>text.one_line</comment>
        <translation>يجب أن يكون {what} في سطر واحد، بدون أسطر جديدة أو علامات جدولة.</translation>
    </message>
    <message>
        <source>{what} innehåller ett osynligt styrtecken ({character}) som inte får finnas i text.</source>
        <comment>text.control_character</comment>
        <translation>يحتوي {what} على حرف تحكم غير مرئي ({character}) غير مسموح به في النص.</translation>
    </message>
    <message>
        <source>”{phone}” är inget telefonnummer (skriv t.ex. 070-123 45 67).</source>
        <comment>text.phone_invalid</comment>
        <translation>&quot;{phone}&quot; ليس رقم هاتف صحيحًا. اكتب مثلًا 070-123 45 67.</translation>
    </message>
    <message>
        <source>Platsens namn</source>
        <comment>text.subject.site_name</comment>
        <translation>اسم الموقع</translation>
    </message>
    <message>
        <source>Säsongens namn</source>
        <comment>text.subject.season_name</comment>
        <translation>اسم الموسم</translation>
    </message>
    <message>
        <source>Aktivitetstypens namn</source>
        <comment>text.subject.activity_type_name</comment>
        <translation>اسم نوع النشاط</translation>
    </message>
    <message>
        <source>Ledarens namn</source>
        <comment>text.subject.leader_name</comment>
        <translation>اسم القائد</translation>
    </message>
    <message>
        <source>Organisationens namn</source>
        <comment>text.subject.organisation_name</comment>
        <translation>اسم المنظمة</translation>
    </message>
    <message>
        <source>Titeln</source>
        <comment>text.subject.activity_title</comment>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Mallens titel</source>
        <comment>text.subject.template_title</comment>
        <translation>عنوان القالب</translation>
    </message>
    <message>
        <source>Anteckningen</source>
        <comment>text.subject.note</comment>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Datorns namn</source>
        <comment>text.subject.device_name</comment>
        <translation>اسم الكمبيوتر</translation>
    </message>
    <message>
        <source>Användarens namn</source>
        <comment>text.subject.actor</comment>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Åldersgruppen</source>
        <comment>text.subject.age_band_code</comment>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Organisationens namn på rapporterna</source>
        <comment>text.subject.report_organisation</comment>
        <translation>اسم المنظمة في التقارير</translation>
    </message>
    <message>
        <source>Samtyckestexten</source>
        <comment>text.subject.consent_text</comment>
        <translation>نص الموافقة</translation>
    </message>
    <message>
        <source>Barnets namn</source>
        <comment>text.subject.child_name</comment>
        <translation>اسم الطفل</translation>
    </message>
    <message>
        <source>Vårdnadshavarens namn</source>
        <comment>text.subject.guardian_name</comment>
        <translation>اسم ولي الأمر</translation>
    </message>
    <message>
        <source>Samlingsplatsen</source>
        <comment>text.subject.meeting_point</comment>
        <translation>مكان التجمّع</translation>
    </message>
    <message>
        <source>Ansvarig ledare</source>
        <comment>text.subject.sheet_leader</comment>
        <translation>القائد المسؤول</translation>
    </message>
    <message>
        <source>Ledarens telefon</source>
        <comment>text.subject.sheet_phone</comment>
        <translation>هاتف القائد</translation>
    </message>
    <message>
        <source>Ta med</source>
        <comment>text.subject.bring</comment>
        <translation>ما يجب إحضاره</translation>
    </message>
    <message>
        <source>Telefonnumret</source>
        <comment>text.subject.phone</comment>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>Platsen måste ha ett namn.</source>
        <comment>text.empty.site_name</comment>
        <translation>يجب أن يكون للموقع اسم.</translation>
    </message>
    <message>
        <source>Säsongen måste ha ett namn.</source>
        <comment>text.empty.season_name</comment>
        <translation>يجب أن يكون للموسم اسم.</translation>
    </message>
    <message>
        <source>Aktivitetstypen måste ha ett namn.</source>
        <comment>text.empty.activity_type_name</comment>
        <translation>يجب أن يكون لنوع النشاط اسم.</translation>
    </message>
    <message>
        <source>Ledaren måste ha ett namn.</source>
        <comment>text.empty.leader_name</comment>
        <translation>يجب أن يكون للقائد اسم.</translation>
    </message>
    <message>
        <source>Organisationen måste ha ett namn.</source>
        <comment>text.empty.organisation_name</comment>
        <translation>يجب أن يكون للمنظمة اسم.</translation>
    </message>
    <message>
        <source>Aktiviteten måste ha en titel.</source>
        <comment>text.empty.activity_title</comment>
        <translation>يجب أن يكون للنشاط عنوان.</translation>
    </message>
    <message>
        <source>Mallen måste ha en titel.</source>
        <comment>text.empty.template_title</comment>
        <translation>يجب أن يكون للقالب عنوان.</translation>
    </message>
    <message>
        <source>Datorn måste ha ett namn.</source>
        <comment>text.empty.device_name</comment>
        <translation>يجب أن يكون للكمبيوتر اسم.</translation>
    </message>
    <message>
        <source>Åldersgruppen måste ha ett namn.</source>
        <comment>text.empty.age_band_code</comment>
        <translation>يجب أن يكون للفئة العمرية اسم.</translation>
    </message>
    <message>
        <source>Organisationens namn på rapporterna kan inte vara tomt.</source>
        <comment>text.empty.report_organisation</comment>
        <translation>لا يمكن أن يكون اسم المنظمة في التقارير فارغًا.</translation>
    </message>
    <message>
        <source>Samtyckestexten kan inte vara tom.</source>
        <comment>text.empty.consent_text</comment>
        <translation>لا يمكن أن يكون نص الموافقة فارغًا.</translation>
    </message>
    <message>
        <source>Skriv barnets namn.</source>
        <comment>text.empty.child_name</comment>
        <translation>اكتب اسم الطفل.</translation>
    </message>
    <message>
        <source>Åldersgruppen ”{code}” ska skrivas som t.ex. ”7-9” eller ”26+”.</source>
        <comment>age_band.bad_format</comment>
        <translation>يجب كتابة الفئة العمرية &quot;{code}&quot; بهذا الشكل مثلًا: &quot;7-9&quot; أو &quot;26+&quot;.</translation>
    </message>
    <message>
        <source>Åldersgruppen ”{code}” slutar före den börjar.</source>
        <comment>age_band.ends_before_start</comment>
        <translation>الفئة العمرية &quot;{code}&quot; تنتهي قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>Det måste finnas minst en åldersgrupp.</source>
        <comment>age_band.none</comment>
        <translation>يجب أن تكون هناك فئة عمرية واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Två åldersgrupper har samma namn.</source>
        <comment>age_band.same_name</comment>
        <translation>هناك فئتان عمريتان لهما الاسم نفسه.</translation>
    </message>
    <message>
        <source>Åldersgrupperna ”{earlier}” och ”{later}” överlappar varandra.</source>
        <comment>age_band.overlap</comment>
        <translation>الفئتان العمريتان &quot;{earlier}&quot; و&quot;{later}&quot; متداخلتان.</translation>
    </message>
    <message>
        <source>Okänd åldersgrupp ”{code}” (finns: {known}).</source>
        <comment>age_band.unknown</comment>
        <translation>الفئة العمرية &quot;{code}&quot; غير معروفة. الفئات الموجودة: {known}.</translation>
    </message>
    <message>
        <source>Deltagarna ”{text}” ska skrivas som kön:åldersgrupp=antal, t.ex. girl:7-9=3.</source>
        <comment>participants.bad_format</comment>
        <translation>يجب كتابة المشاركين &quot;{text}&quot; بهذا الشكل: الجنس:الفئة العمرية=العدد، مثلًا girl:7-9=3.</translation>
    </message>
    <message>
        <source>Antalet deltagare kan inte vara negativt (”{text}”).</source>
        <comment>participants.negative</comment>
        <translation>لا يمكن أن يكون عدد المشاركين سالبًا: &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>Okänt värde för {what}: ”{value}” (tillåtna: {allowed}).</source>
        <comment>choice.unknown</comment>
        <translation>قيمة غير معروفة في {what}: &quot;{value}&quot;. القيم المسموح بها: {allowed}.</translation>
    </message>
    <message>
        <source>kön</source>
        <comment>choice.what.gender</comment>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>platstyp</source>
        <comment>choice.what.site_kind</comment>
        <translation>نوع الموقع</translation>
    </message>
    <message>
        <source>roll</source>
        <comment>choice.what.role</comment>
        <translation>الدور</translation>
    </message>
    <message>
        <source>organisationstyp</source>
        <comment>choice.what.organisation_kind</comment>
        <translation>نوع المنظمة</translation>
    </message>
    <message>
        <source>verksamhetsområde</source>
        <comment>choice.what.area</comment>
        <translation>مجال النشاط</translation>
    </message>
    <message>
        <source>%(prog)s: fel: %(message)s
</source>
        <comment>cli.help.prog_s_fel_message_s</comment>
        <translation>%(prog)s: خطأ: %(message)s
</translation>
    </message>
    <message>
        <source>AKTÖR</source>
        <comment>cli.help.aktor</comment>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>ANTAL</source>
        <comment>cli.help.antal</comment>
        <translation>عدد</translation>
    </message>
    <message>
        <source>Användning: </source>
        <comment>cli.help.anvandning</comment>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <source>DATUM</source>
        <comment>cli.help.datum</comment>
        <translation>تاريخ</translation>
    </message>
    <message>
        <source>DELTAGARE</source>
        <comment>cli.help.deltagare</comment>
        <translation>مشاركون</translation>
    </message>
    <message>
        <source>Datamappen är --data-dir, annars miljövariabeln VANSKAPSHUSET_DATA_DIR, annars användarens datamapp. Ett fel skrivs som en mening och ger slutkoden 2. Kön: girl, boy, other, unknown. Datum: ÅÅÅÅ-MM-DD. Tid: TT:MM.</source>
        <comment>cli.help.datamappen_ar_data_dir_annars_miljovaria</comment>
        <translation>مجلد البيانات هو --data-dir، وإلا فمتغير البيئة VANSKAPSHUSET_DATA_DIR، وإلا فمجلد بيانات المستخدم. يُكتب الخطأ في جملة واحدة ويُعيد رمز الخروج 2. الجنس: girl, boy, other, unknown. التاريخ: YYYY-MM-DD. الوقت: HH:MM.</translation>
    </message>
    <message>
        <source>FIL</source>
        <comment>cli.help.fil</comment>
        <translation>ملف</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>cli.help.id</comment>
        <translation>معرّف</translation>
    </message>
    <message>
        <source>KOMMANDO</source>
        <comment>cli.help.kommando</comment>
        <translation>أمر</translation>
    </message>
    <message>
        <source>KÖN</source>
        <comment>cli.help.kon</comment>
        <translation>جنس</translation>
    </message>
    <message>
        <source>LAGKOD</source>
        <comment>cli.help.lagkod</comment>
        <translation>رمز_الفريق</translation>
    </message>
    <message>
        <source>MAPP</source>
        <comment>cli.help.mapp</comment>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>NAMN</source>
        <comment>cli.help.namn</comment>
        <translation>اسم</translation>
    </message>
    <message>
        <source>OMRÅDE</source>
        <comment>cli.help.omrade</comment>
        <translation>منطقة</translation>
    </message>
    <message>
        <source>PDF-filen att skriva</source>
        <comment>cli.help.pdf_filen_att_skriva</comment>
        <translation>ملف PDF المراد كتابته</translation>
    </message>
    <message>
        <source>PLATS</source>
        <comment>cli.help.plats</comment>
        <translation>موقع</translation>
    </message>
    <message>
        <source>RUBRIK</source>
        <comment>cli.help.rubrik</comment>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>SLAG</source>
        <comment>cli.help.slag</comment>
        <translation>صنف</translation>
    </message>
    <message>
        <source>SPRÅK</source>
        <comment>cli.help.sprak</comment>
        <translation>لغة</translation>
    </message>
    <message>
        <source>SÄSONG</source>
        <comment>cli.help.sasong</comment>
        <translation>موسم</translation>
    </message>
    <message>
        <source>TAL</source>
        <comment>cli.help.tal</comment>
        <translation>رقم</translation>
    </message>
    <message>
        <source>TELEFON</source>
        <comment>cli.help.telefon</comment>
        <translation>هاتف</translation>
    </message>
    <message>
        <source>TEXT</source>
        <comment>cli.help.text</comment>
        <translation>نص</translation>
    </message>
    <message>
        <source>TID</source>
        <comment>cli.help.tid</comment>
        <translation>وقت</translation>
    </message>
    <message>
        <source>TIDPUNKT</source>
        <comment>cli.help.tidpunkt</comment>
        <translation>توقيت</translation>
    </message>
    <message>
        <source>TT:MM-TT:MM</source>
        <comment>cli.help.tt_mm_tt_mm</comment>
        <translation>HH:MM-HH:MM</translation>
    </message>
    <message>
        <source>TYP</source>
        <comment>cli.help.typ</comment>
        <translation>نوع</translation>
    </message>
    <message>
        <source>VÄRDE</source>
        <comment>cli.help.varde</comment>
        <translation>قيمة</translation>
    </message>
    <message>
        <source>Vänskapshuset: räkna besök vid dörren, registrera aktiviteter och ta fram rapporterna. Utan kommando öppnas fönstret.</source>
        <comment>cli.help.vanskapshuset_rakna_besok_vid_dorren_reg</comment>
        <translation>Vänskapshuset: عدّ الزيارات عند الباب، وتسجيل الأنشطة، وإعداد التقارير. دون أمر تُفتح النافذة.</translation>
    </message>
    <message>
        <source>aktivitetens id</source>
        <comment>cli.help.aktivitetens_id</comment>
        <translation>معرّف النشاط</translation>
    </message>
    <message>
        <source>aktivitetens id (se activity list)</source>
        <comment>cli.help.aktivitetens_id_se_activity_list</comment>
        <translation>معرّف النشاط، انظر activity list</translation>
    </message>
    <message>
        <source>aktivitetens rubrik</source>
        <comment>cli.help.aktivitetens_rubrik</comment>
        <translation>عنوان النشاط</translation>
    </message>
    <message>
        <source>aktiviteter</source>
        <comment>cli.help.aktiviteter</comment>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>aktivitetstypens namn</source>
        <comment>cli.help.aktivitetstypens_namn</comment>
        <translation>اسم نوع النشاط</translation>
    </message>
    <message>
        <source>aktörens namn</source>
        <comment>cli.help.aktorens_namn</comment>
        <translation>اسم المنظمة</translation>
    </message>
    <message>
        <source>aktörer och föreningar</source>
        <comment>cli.help.aktorer_och_foreningar</comment>
        <translation>المنظمات والجمعيات</translation>
    </message>
    <message>
        <source>alla platser</source>
        <comment>cli.help.alla_platser</comment>
        <translation>كل المواقع</translation>
    </message>
    <message>
        <source>alla rader för en period, för egna kalkyler</source>
        <comment>cli.help.alla_rader_for_en_period_for_egna_kalkyl</comment>
        <translation>كل الصفوف لفترة ما، لحساباتك الخاصة</translation>
    </message>
    <message>
        <source>andra som deltog, i ord (t.ex. boende i området)</source>
        <comment>cli.help.andra_som_deltog_i_ord_t_ex_boende_i_omr</comment>
        <translation>آخرون شاركوا، بالكلمات (مثلًا سكان الحي)</translation>
    </message>
    <message>
        <source>anmälningslista för en utflykt</source>
        <comment>cli.help.anmalningslista_for_en_utflykt</comment>
        <translation>قائمة التسجيل لرحلة</translation>
    </message>
    <message>
        <source>annars den första platsen med en dörr</source>
        <comment>cli.help.annars_den_forsta_platsen_med_en_dorr</comment>
        <translation>وإلا فأول موقع له باب</translation>
    </message>
    <message>
        <source>ansvarig ledare</source>
        <comment>cli.help.ansvarig_ledare</comment>
        <translation>القائد المسؤول</translation>
    </message>
    <message>
        <source>antal besök (1 om inget anges)</source>
        <comment>cli.help.antal_besok_1_om_inget_anges</comment>
        <translation>عدد الزيارات، 1 إن لم يُحدَّد</translation>
    </message>
    <message>
        <source>antal ledare</source>
        <comment>cli.help.antal_ledare</comment>
        <translation>عدد القادة</translation>
    </message>
    <message>
        <source>antal platser (3 eller fler)</source>
        <comment>cli.help.antal_platser_3_eller_fler</comment>
        <translation>عدد المواقع: 3 أو أكثر</translation>
    </message>
    <message>
        <source>antal år bakåt från --year</source>
        <comment>cli.help.antal_ar_bakat_fran_year</comment>
        <translation>عدد السنوات السابقة لـ --year</translation>
    </message>
    <message>
        <source>anteckning</source>
        <comment>cli.help.anteckning</comment>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>argument</source>
        <comment>cli.help.argument</comment>
        <translation>الوسائط</translation>
    </message>
    <message>
        <source>argumentet %(argument_name)s: %(message)s</source>
        <comment>cli.help.argumentet_argument_name_s_message_s</comment>
        <translation>الوسيط %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>arrangerande aktör</source>
        <comment>cli.help.arrangerande_aktor</comment>
        <translation>المنظمة المنظِّمة</translation>
    </message>
    <message>
        <source>association, non_profit, municipal, informal_group, business eller academia</source>
        <comment>cli.help.association_non_profit_municipal_informa</comment>
        <translation>association أو non_profit أو municipal أو informal_group أو business أو academia</translation>
    </message>
    <message>
        <source>bara den här platsen</source>
        <comment>cli.help.bara_den_har_platsen</comment>
        <translation>هذا الموقع فقط</translation>
    </message>
    <message>
        <source>bara den här platsen (annars säsongens egna platser)</source>
        <comment>cli.help.bara_den_har_platsen_annars_sasongens_eg</comment>
        <translation>هذا المكان فقط (وإلا فأماكن الموسم نفسه)</translation>
    </message>
    <message>
        <source>besök</source>
        <comment>cli.help.besok</comment>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>besökaren är här för första gången i säsongen</source>
        <comment>cli.help.besokaren_ar_har_for_forsta_gangen_i_sas</comment>
        <translation>الزائر هنا لأول مرة في الموسم</translation>
    </message>
    <message>
        <source>dagboken: öppet eller stängt, öppettider och anteckning</source>
        <comment>cli.help.dagboken_oppet_eller_stangt_oppettider_o</comment>
        <translation>سجل اليوم: مفتوح أو مغلق، ساعات العمل وملاحظة</translation>
    </message>
    <message>
        <source>dagen (ÅÅÅÅ-MM-DD)</source>
        <comment>cli.help.dagen_aaaa_mm_dd</comment>
        <translation>اليوم بصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>dagen enkäten gjordes (ÅÅÅÅ-MM-DD)</source>
        <comment>cli.help.dagen_enkaten_gjordes_aaaa_mm_dd</comment>
        <translation>يوم إجراء الاستبيان (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>dagens anteckning</source>
        <comment>cli.help.dagens_anteckning</comment>
        <translation>ملاحظة اليوم</translation>
    </message>
    <message>
        <source>de här argumenten behövs: %s</source>
        <comment>cli.help.de_har_argumenten_behovs_s</comment>
        <translation>هذه الوسائط مطلوبة: %s</translation>
    </message>
    <message>
        <source>deltagare, t.ex. girl:7-9=3,boy:10-13=2</source>
        <comment>cli.help.deltagare_t_ex_girl_7_9_3_boy_10_13_2</comment>
        <translation>المشاركون، مثل girl:7-9=3,boy:10-13=2</translation>
    </message>
    <message>
        <source>den delade mappen</source>
        <comment>cli.help.den_delade_mappen</comment>
        <translation>المجلد المشترك</translation>
    </message>
    <message>
        <source>den här datorns namn i laget</source>
        <comment>cli.help.den_har_datorns_namn_i_laget</comment>
        <translation>اسم هذا الحاسوب في الفريق</translation>
    </message>
    <message>
        <source>det sista året</source>
        <comment>cli.help.det_sista_aret</comment>
        <translation>السنة الأخيرة</translation>
    </message>
    <message>
        <source>en aktör ur registret som deltog (kan anges flera gånger)</source>
        <comment>cli.help.en_aktor_ur_registret_som_deltog_kan_ang</comment>
        <translation>جهة من السجل شاركت (يمكن تحديدها أكثر من مرة)</translation>
    </message>
    <message>
        <source>en andra mapp (t.ex. ett USB-minne)</source>
        <comment>cli.help.en_andra_mapp_t_ex_ett_usb_minne</comment>
        <translation>مجلد ثانٍ، مثل ذاكرة USB</translation>
    </message>
    <message>
        <source>en dags rapport</source>
        <comment>cli.help.en_dags_rapport</comment>
        <translation>تقرير يوم واحد</translation>
    </message>
    <message>
        <source>en kort anteckning</source>
        <comment>cli.help.en_kort_anteckning</comment>
        <translation>ملاحظة قصيرة</translation>
    </message>
    <message>
        <source>en kort sammanfattning</source>
        <comment>cli.help.en_kort_sammanfattning</comment>
        <translation>ملخص قصير</translation>
    </message>
    <message>
        <source>en period du väljer</source>
        <comment>cli.help.en_period_du_valjer</comment>
        <translation>فترة تختارها</translation>
    </message>
    <message>
        <source>en plats där säsongen pågår (kan anges flera gånger; ersätter platserna)</source>
        <comment>cli.help.en_plats_dar_sasongen_pagar_kan_anges_fl</comment>
        <translation>مكان يجري فيه الموسم (يمكن تحديده أكثر من مرة؛ يستبدل الأماكن)</translation>
    </message>
    <message>
        <source>en plats där säsongen pågår (kan anges flera gånger; ingen: alla platser)</source>
        <comment>cli.help.en_plats_dar_sasongen_pagar_kan_anges_fl_</comment>
        <translation>مكان يجري فيه الموسم (يمكن تحديده أكثر من مرة؛ بدونه: كل الأماكن)</translation>
    </message>
    <message>
        <source>en samverkanspartner ur registret (kan anges flera gånger)</source>
        <comment>cli.help.en_samverkanspartner_ur_registret_kan_an</comment>
        <translation>شريك تعاون من السجل (يمكن تحديده أكثر من مرة)</translation>
    </message>
    <message>
        <source>en säkerhetskopias namn (se backup list) eller sökvägen till en fil</source>
        <comment>cli.help.en_sakerhetskopias_namn_se_backup_list_e</comment>
        <translation>اسم نسخة احتياطية، انظر backup list، أو مسار ملف</translation>
    </message>
    <message>
        <source>en tom lista att fylla i</source>
        <comment>cli.help.en_tom_lista_att_fylla_i</comment>
        <translation>قائمة فارغة للتعبئة</translation>
    </message>
    <message>
        <source>enkätens id (se followup list)</source>
        <comment>cli.help.enkatens_id_se_followup_list</comment>
        <translation>معرّف الاستبيان (انظر followup list)</translation>
    </message>
    <message>
        <source>enkäter och samtal med aktörer</source>
        <comment>cli.help.enkater_och_samtal_med_aktorer</comment>
        <translation>الاستبيانات والمحادثات مع الجهات</translation>
    </message>
    <message>
        <source>ett av argumenten %s behövs</source>
        <comment>cli.help.ett_av_argumenten_s_behovs</comment>
        <translation>أحد الوسائط %s مطلوب</translation>
    </message>
    <message>
        <source>ett språk till bredvid svenskan, t.ex. ar (arabiska), so (somaliska) eller en (engelska); annars bara svenska</source>
        <comment>cli.help.ett_sprak_till_bredvid_svenskan_t_ex_ar</comment>
        <translation>لغة إضافية إلى جانب السويدية، مثل ar للعربية أو so للصومالية أو en للإنجليزية؛ وإلا فالسويدية فقط</translation>
    </message>
    <message>
        <source>ett värde behövs</source>
        <comment>cli.help.ett_varde_behovs</comment>
        <translation>قيمة مطلوبة</translation>
    </message>
    <message>
        <source>filen att skriva</source>
        <comment>cli.help.filen_att_skriva</comment>
        <translation>الملف المراد كتابته</translation>
    </message>
    <message>
        <source>flaggan %(option)s är tvetydig, den kan vara %(matches)s</source>
        <comment>cli.help.flaggan_option_s_ar_tvetydig_den_kan_var</comment>
        <translation>الخيار %(option)s ملتبس، قد يكون %(matches)s</translation>
    </message>
    <message>
        <source>flaggor</source>
        <comment>cli.help.flaggor</comment>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>fyll en tom datamapp med ett påhittat år</source>
        <comment>cli.help.fyll_en_tom_datamapp_med_ett_pahittat_ar</comment>
        <translation>ملء مجلد بيانات فارغ بسنة وهمية</translation>
    </message>
    <message>
        <source>första dagen</source>
        <comment>cli.help.forsta_dagen</comment>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>första dagen (ÅÅÅÅ-MM-DD)</source>
        <comment>cli.help.forsta_dagen_aaaa_mm_dd</comment>
        <translation>اليوم الأول بصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>girl, boy, other eller unknown</source>
        <comment>cli.help.girl_boy_other_eller_unknown</comment>
        <translation>girl أو boy أو other أو unknown</translation>
    </message>
    <message>
        <source>gå med i ett lag med lagkoden</source>
        <comment>cli.help.ga_med_i_ett_lag_med_lagkoden</comment>
        <translation>الانضمام إلى فريق برمز الفريق</translation>
    </message>
    <message>
        <source>går inte tillsammans med %s</source>
        <comment>cli.help.gar_inte_tillsammans_med_s</comment>
        <translation>لا يجتمع مع %s</translation>
    </message>
    <message>
        <source>gör en säkerhetskopia nu</source>
        <comment>cli.help.gor_en_sakerhetskopia_nu</comment>
        <translation>إنشاء نسخة احتياطية الآن</translation>
    </message>
    <message>
        <source>högst ett värde</source>
        <comment>cli.help.hogst_ett_varde</comment>
        <translation>قيمة واحدة على الأكثر</translation>
    </message>
    <message>
        <source>indoor (inomhus), outdoor (utomhus) eller excursion</source>
        <comment>cli.help.indoor_inomhus_outdoor_utomhus_eller_exc</comment>
        <translation>indoor أي داخلي، أو outdoor أي خارجي، أو excursion أي رحلة</translation>
    </message>
    <message>
        <source>ingen andra mapp</source>
        <comment>cli.help.ingen_andra_mapp</comment>
        <translation>بلا مجلد ثانٍ</translation>
    </message>
    <message>
        <source>initiativets id (se followup list)</source>
        <comment>cli.help.initiativets_id_se_followup_list</comment>
        <translation>معرّف المبادرة (انظر followup list)</translation>
    </message>
    <message>
        <source>initiativets namn</source>
        <comment>cli.help.initiativets_namn</comment>
        <translation>اسم المبادرة</translation>
    </message>
    <message>
        <source>kan inte öppna &apos;%(filename)s&apos;: %(error)s</source>
        <comment>cli.help.kan_inte_oppna_filename_s_error_s</comment>
        <translation>تعذّر فتح &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>kommandon</source>
        <comment>cli.help.kommandon</comment>
        <translation>الأوامر</translation>
    </message>
    <message>
        <source>kontrollera databasen</source>
        <comment>cli.help.kontrollera_databasen</comment>
        <translation>فحص قاعدة البيانات</translation>
    </message>
    <message>
        <source>kunskapsutbyte mellan aktörer (eller inte)</source>
        <comment>cli.help.kunskapsutbyte_mellan_aktorer_eller_inte</comment>
        <translation>تبادل المعرفة بين المنظمات أو عدمه</translation>
    </message>
    <message>
        <source>laget av datorer som synkar</source>
        <comment>cli.help.laget_av_datorer_som_synkar</comment>
        <translation>فريق الحواسيب التي تتزامن</translation>
    </message>
    <message>
        <source>lagkoden från koordinatorns dator</source>
        <comment>cli.help.lagkoden_fran_koordinatorns_dator</comment>
        <translation>رمز الفريق من حاسوب المنسّق</translation>
    </message>
    <message>
        <source>ledaren som gör ändringen, i historiken (annars den senast valda på datorn)</source>
        <comment>cli.help.ledaren_som_gor_andringen_i_historiken_a</comment>
        <translation>القائد الذي يُجري التغيير، ليظهر في السجل؛ وإلا فآخر قائد اختير على هذا الحاسوب</translation>
    </message>
    <message>
        <source>ledarens telefon</source>
        <comment>cli.help.ledarens_telefon</comment>
        <translation>هاتف القائد</translation>
    </message>
    <message>
        <source>lista en periods aktiviteter</source>
        <comment>cli.help.lista_en_periods_aktiviteter</comment>
        <translation>عرض أنشطة فترة</translation>
    </message>
    <message>
        <source>lista säkerhetskopiorna</source>
        <comment>cli.help.lista_sakerhetskopiorna</comment>
        <translation>عرض النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>lägg till en aktör</source>
        <comment>cli.help.lagg_till_en_aktor</comment>
        <translation>إضافة منظمة</translation>
    </message>
    <message>
        <source>lägg till en enkät (skriver ut dess id)</source>
        <comment>cli.help.lagg_till_en_enkat_skriver_ut_dess_id</comment>
        <translation>إضافة استبيان (يطبع معرّفه)</translation>
    </message>
    <message>
        <source>lägg till en plats</source>
        <comment>cli.help.lagg_till_en_plats</comment>
        <translation>إضافة موقع</translation>
    </message>
    <message>
        <source>lägg till en säsong</source>
        <comment>cli.help.lagg_till_en_sasong</comment>
        <translation>إضافة موسم</translation>
    </message>
    <message>
        <source>lägg till ett initiativ (skriver ut dess id)</source>
        <comment>cli.help.lagg_till_ett_initiativ_skriver_ut_dess</comment>
        <translation>إضافة مبادرة (يطبع معرّفها)</translation>
    </message>
    <message>
        <source>läs synkfiler</source>
        <comment>cli.help.las_synkfiler</comment>
        <translation>قراءة ملفات المزامنة</translation>
    </message>
    <message>
        <source>mappen med databasen (annars standardmappen)</source>
        <comment>cli.help.mappen_med_databasen_annars_standardmapp</comment>
        <translation>مجلد قاعدة البيانات؛ وإلا فالمجلد الافتراضي</translation>
    </message>
    <message>
        <source>medverkande aktör (kan upprepas)</source>
        <comment>cli.help.medverkande_aktor_kan_upprepas</comment>
        <translation>منظمة مشاركة، يمكن تكرارها</translation>
    </message>
    <message>
        <source>minst ett värde behövs</source>
        <comment>cli.help.minst_ett_varde_behovs</comment>
        <translation>يلزم قيمة واحدة على الأقل</translation>
    </message>
    <message>
        <source>ny första dag (ÅÅÅÅ-MM-DD)</source>
        <comment>cli.help.ny_forsta_dag_aaaa_mm_dd</comment>
        <translation>اليوم الأول الجديد (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>ny sista dag (ÅÅÅÅ-MM-DD)</source>
        <comment>cli.help.ny_sista_dag_aaaa_mm_dd</comment>
        <translation>اليوم الأخير الجديد (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>nyckeltal för en period</source>
        <comment>cli.help.nyckeltal_for_en_period</comment>
        <translation>المؤشرات الرئيسية لفترة</translation>
    </message>
    <message>
        <source>när initiativet började (ÅÅÅÅ-MM-DD)</source>
        <comment>cli.help.nar_initiativet_borjade_aaaa_mm_dd</comment>
        <translation>متى بدأت المبادرة (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>när initiativet slutade (ÅÅÅÅ-MM-DD; tomt: inget slut)</source>
        <comment>cli.help.nar_initiativet_slutade_aaaa_mm_dd_tomt</comment>
        <translation>متى انتهت المبادرة (YYYY-MM-DD؛ فارغ: بلا نهاية)</translation>
    </message>
    <message>
        <source>ogiltigt val: %(value)r (välj bland %(choices)s)</source>
        <comment>cli.help.ogiltigt_val_value_r_valj_bland_choices</comment>
        <translation>اختيار غير صالح: %(value)r، اختر من بين %(choices)s</translation>
    </message>
    <message>
        <source>ogiltigt värde: %(value)r</source>
        <comment>cli.help.ogiltigt_varde_value_r</comment>
        <translation>قيمة غير صالحة: %(value)r</translation>
    </message>
    <message>
        <source>okända argument: %s</source>
        <comment>cli.help.okanda_argument_s</comment>
        <translation>وسائط غير معروفة: %s</translation>
    </message>
    <message>
        <source>okänt kommando %(parser_name)r (välj bland %(choices)s)</source>
        <comment>cli.help.okant_kommando_parser_name_r_valj_bland</comment>
        <translation>أمر غير معروف %(parser_name)r، اختر من بين %(choices)s</translation>
    </message>
    <message>
        <source>organisationens namn</source>
        <comment>cli.help.organisationens_namn</comment>
        <translation>اسم المنظمة</translation>
    </message>
    <message>
        <source>oväntad flagga: %s</source>
        <comment>cli.help.ovantad_flagga_s</comment>
        <translation>خيار غير متوقع: %s</translation>
    </message>
    <message>
        <source>planned (planerad), ongoing (pågår) eller ended (avslutad)</source>
        <comment>cli.help.planned_planerad_ongoing_pagar_eller_end</comment>
        <translation>planned (مخطط لها)، ongoing (جارية) أو ended (منتهية)</translation>
    </message>
    <message>
        <source>platsens namn</source>
        <comment>cli.help.platsens_namn</comment>
        <translation>اسم الموقع</translation>
    </message>
    <message>
        <source>platser</source>
        <comment>cli.help.platser</comment>
        <translation>المواقع</translation>
    </message>
    <message>
        <source>rapporter som PDF, Word, Excel eller CSV</source>
        <comment>cli.help.rapporter_som_pdf_word_excel_eller_csv</comment>
        <translation>التقارير بصيغة PDF أو Word أو Excel أو CSV</translation>
    </message>
    <message>
        <source>registrera en aktivitet</source>
        <comment>cli.help.registrera_en_aktivitet</comment>
        <translation>تسجيل نشاط</translation>
    </message>
    <message>
        <source>räkna besök</source>
        <comment>cli.help.rakna_besok</comment>
        <translation>عدّ الزيارات</translation>
    </message>
    <message>
        <source>räknelapp på papper för en dag</source>
        <comment>cli.help.raknelapp_pa_papper_for_en_dag</comment>
        <translation>ورقة العدّ الورقية ليوم واحد</translation>
    </message>
    <message>
        <source>samlingsplats</source>
        <comment>cli.help.samlingsplats</comment>
        <translation>مكان التجمّع</translation>
    </message>
    <message>
        <source>samordnarens lösenord</source>
        <comment>cli.help.samordnarens_losenord</comment>
        <translation>كلمة مرور المنسّق</translation>
    </message>
    <message>
        <source>samverkansinitiativ som följs</source>
        <comment>cli.help.samverkansinitiativ_som_foljs</comment>
        <translation>مبادرات التعاون التي نتابعها</translation>
    </message>
    <message>
        <source>sista dagen</source>
        <comment>cli.help.sista_dagen</comment>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>sista dagen (ÅÅÅÅ-MM-DD)</source>
        <comment>cli.help.sista_dagen_aaaa_mm_dd</comment>
        <translation>اليوم الأخير بصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>skapa ett lag och visa lagkoden</source>
        <comment>cli.help.skapa_ett_lag_och_visa_lagkoden</comment>
        <translation>إنشاء فريق وعرض رمز الفريق</translation>
    </message>
    <message>
        <source>skriv den här datorns synkfil</source>
        <comment>cli.help.skriv_den_har_datorns_synkfil</comment>
        <translation>كتابة ملف المزامنة لهذا الحاسوب</translation>
    </message>
    <message>
        <source>skriv en dags dagbok</source>
        <comment>cli.help.skriv_en_dags_dagbok</comment>
        <translation>كتابة سجل اليوم ليوم واحد</translation>
    </message>
    <message>
        <source>slumpfrö (samma frö, samma data)</source>
        <comment>cli.help.slumpfro_samma_fro_samma_data</comment>
        <translation>بذرة عشوائية؛ البذرة نفسها تعطي البيانات نفسها</translation>
    </message>
    <message>
        <source>sluttid (TT:MM)</source>
        <comment>cli.help.sluttid_tt_mm</comment>
        <translation>وقت الانتهاء بصيغة HH:MM</translation>
    </message>
    <message>
        <source>som JSON</source>
        <comment>cli.help.som_json</comment>
        <translation>بصيغة JSON</translation>
    </message>
    <message>
        <source>spara samverkansnätverket (vilka organisationer som arbetat tillsammans) som CSV</source>
        <comment>cli.help.spara_samverkansnatverket_vilka_organisa</comment>
        <translation>حفظ شبكة التعاون (أي المنظمات عملت معًا) كملف CSV</translation>
    </message>
    <message>
        <source>spara som CSV-filer i den här mappen</source>
        <comment>cli.help.spara_som_csv_filer_i_den_har_mappen</comment>
        <translation>الحفظ كملفات CSV في هذا المجلد</translation>
    </message>
    <message>
        <source>spara som Excel i den här filen</source>
        <comment>cli.help.spara_som_excel_i_den_har_filen</comment>
        <translation>الحفظ بصيغة Excel في هذا الملف</translation>
    </message>
    <message>
        <source>spara som PDF i den här filen</source>
        <comment>cli.help.spara_som_pdf_i_den_har_filen</comment>
        <translation>الحفظ بصيغة PDF في هذا الملف</translation>
    </message>
    <message>
        <source>spara som Word-dokument (redigerbart) i den här filen</source>
        <comment>cli.help.spara_som_word_dokument_redigerbart_i_de</comment>
        <translation>حفظ كمستند Word قابل للتعديل في هذا الملف</translation>
    </message>
    <message>
        <source>språket för den här körningen, t.ex. sv, en eller ar (annars det sparade)</source>
        <comment>cli.help.spraket_for_den_har_korningen_t_ex_sv_en</comment>
        <translation>لغة هذا التشغيل، مثل sv أو en أو ar؛ وإلا فاللغة المحفوظة</translation>
    </message>
    <message>
        <source>starttid (TT:MM)</source>
        <comment>cli.help.starttid_tt_mm</comment>
        <translation>وقت البدء بصيغة HH:MM</translation>
    </message>
    <message>
        <source>stängt den dagen</source>
        <comment>cli.help.stangt_den_dagen</comment>
        <translation>مغلق في ذلك اليوم</translation>
    </message>
    <message>
        <source>synka genom en delad mapp</source>
        <comment>cli.help.synka_genom_en_delad_mapp</comment>
        <translation>المزامنة عبر مجلد مشترك</translation>
    </message>
    <message>
        <source>synka med lagets andra datorer</source>
        <comment>cli.help.synka_med_lagets_andra_datorer</comment>
        <translation>المزامنة مع حواسيب الفريق الأخرى</translation>
    </message>
    <message>
        <source>synkfiler (.vhsync)</source>
        <comment>cli.help.synkfiler_vhsync</comment>
        <translation>ملفات المزامنة (.vhsync)</translation>
    </message>
    <message>
        <source>säkerhetskopior</source>
        <comment>cli.help.sakerhetskopior</comment>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>säsongen gäller alla platser</source>
        <comment>cli.help.sasongen_galler_alla_platser</comment>
        <translation>الموسم يشمل كل الأماكن</translation>
    </message>
    <message>
        <source>säsongens namn</source>
        <comment>cli.help.sasongens_namn</comment>
        <translation>اسم الموسم</translation>
    </message>
    <message>
        <source>säsongens nya namn</source>
        <comment>cli.help.sasongens_nya_namn</comment>
        <translation>الاسم الجديد للموسم</translation>
    </message>
    <message>
        <source>säsongens sammanfattning</source>
        <comment>cli.help.sasongens_sammanfattning</comment>
        <translation>ملخص الموسم</translation>
    </message>
    <message>
        <source>säsonger</source>
        <comment>cli.help.sasonger</comment>
        <translation>المواسم</translation>
    </message>
    <message>
        <source>sätt eller byt lösenordet (det nya från VANSKAPSHUSET_NEW_PASSWORD eller skrivet två gånger)</source>
        <comment>cli.help.satt_eller_byt_losenordet_det_nya_fran_v</comment>
        <translation>تعيين كلمة المرور أو تغييرها؛ الجديدة من VANSKAPSHUSET_NEW_PASSWORD أو تُكتب مرتين</translation>
    </message>
    <message>
        <source>ta bort en aktivitet</source>
        <comment>cli.help.ta_bort_en_aktivitet</comment>
        <translation>حذف نشاط</translation>
    </message>
    <message>
        <source>ta bort en enkät</source>
        <comment>cli.help.ta_bort_en_enkat</comment>
        <translation>حذف استبيان</translation>
    </message>
    <message>
        <source>ta bort ett initiativ</source>
        <comment>cli.help.ta_bort_ett_initiativ</comment>
        <translation>حذف مبادرة</translation>
    </message>
    <message>
        <source>ta bort lösenordet (inget är då låst)</source>
        <comment>cli.help.ta_bort_losenordet_inget_ar_da_last</comment>
        <translation>إزالة كلمة المرور؛ فلا يبقى شيء مقفلاً</translation>
    </message>
    <message>
        <source>ta med</source>
        <comment>cli.help.ta_med</comment>
        <translation>تضمين</translation>
    </message>
    <message>
        <source>tidpunkt ÅÅÅÅ-MM-DDTTT:MM (annars nu)</source>
        <comment>cli.help.tidpunkt_aaaa_mm_ddttt_mm_annars_nu</comment>
        <translation>الوقت بصيغة YYYY-MM-DDTHH:MM؛ وإلا فالآن</translation>
    </message>
    <message>
        <source>uppföljning: enkäter till aktörer och samverkansinitiativ som följs</source>
        <comment>cli.help.uppfoljning_enkater_till_aktorer_och_sam</comment>
        <translation>المتابعة: استبيانات للجهات ومبادرات التعاون التي نتابعها</translation>
    </message>
    <message>
        <source>utskrifter: anmälningslista och räknelapp</source>
        <comment>cli.help.utskrifter_anmalningslista_och_raknelapp</comment>
        <translation>المطبوعات: قائمة التسجيل وورقة العدّ</translation>
    </message>
    <message>
        <source>vad vi gjort tillsammans med en organisation under en period</source>
        <comment>cli.help.vad_vi_gjort_tillsammans_med_en_organisa</comment>
        <translation>ما قمنا به مع منظمة خلال فترة</translation>
    </message>
    <message>
        <source>verksamhetsområde</source>
        <comment>cli.help.verksamhetsomrade</comment>
        <translation>مجال النشاط</translation>
    </message>
    <message>
        <source>visa dagböckerna för en period</source>
        <comment>cli.help.visa_dagbockerna_for_en_period</comment>
        <translation>عرض سجلات الأيام لفترة</translation>
    </message>
    <message>
        <source>visa den här hjälpen och avsluta</source>
        <comment>cli.help.visa_den_har_hjalpen_och_avsluta</comment>
        <translation>عرض هذه المساعدة والخروج</translation>
    </message>
    <message>
        <source>visa eller välj en andra mapp för kopiorna</source>
        <comment>cli.help.visa_eller_valj_en_andra_mapp_for_kopior</comment>
        <translation>عرض مجلد ثانٍ للنسخ أو اختياره</translation>
    </message>
    <message>
        <source>visa ett års enkäter och initiativ</source>
        <comment>cli.help.visa_ett_ars_enkater_och_initiativ</comment>
        <translation>عرض استبيانات ومبادرات سنة واحدة</translation>
    </message>
    <message>
        <source>visa programmets version och avsluta</source>
        <comment>cli.help.visa_programmets_version_och_avsluta</comment>
        <translation>عرض إصدار البرنامج والخروج</translation>
    </message>
    <message>
        <source>visa säsongerna och deras platser</source>
        <comment>cli.help.visa_sasongerna_och_deras_platser</comment>
        <translation>عرض المواسم وأماكنها</translation>
    </message>
    <message>
        <source>värdet %r gäller inte den här flaggan</source>
        <comment>cli.help.vardet_r_galler_inte_den_har_flaggan</comment>
        <translation>القيمة %r لا تنطبق على هذا الخيار</translation>
    </message>
    <message>
        <source>ÅLDER</source>
        <comment>cli.help.alder</comment>
        <translation>عمر</translation>
    </message>
    <message>
        <source>ÅR</source>
        <comment>cli.help.ar</comment>
        <translation>سنة</translation>
    </message>
    <message>
        <source>ÅTGÄRD</source>
        <comment>cli.help.atgard</comment>
        <translation>إجراء</translation>
    </message>
    <message>
        <source>ändra en aktivitet</source>
        <comment>cli.help.andra_en_aktivitet</comment>
        <translation>تعديل نشاط</translation>
    </message>
    <message>
        <source>ändra en enkät</source>
        <comment>cli.help.andra_en_enkat</comment>
        <translation>تعديل استبيان</translation>
    </message>
    <message>
        <source>ändra en säsongs namn, datum eller platser</source>
        <comment>cli.help.andra_en_sasongs_namn_datum_eller_platse</comment>
        <translation>تعديل اسم موسم أو تواريخه أو أماكنه</translation>
    </message>
    <message>
        <source>ändra ett initiativ</source>
        <comment>cli.help.andra_ett_initiativ</comment>
        <translation>تعديل مبادرة</translation>
    </message>
    <message>
        <source>åldersgrupp, t.ex. 7-9</source>
        <comment>cli.help.aldersgrupp_t_ex_7_9</comment>
        <translation>الفئة العمرية، مثل 7-9</translation>
    </message>
    <message>
        <source>året</source>
        <comment>cli.help.aret</comment>
        <translation>السنة</translation>
    </message>
    <message>
        <source>årets uppföljning</source>
        <comment>cli.help.arets_uppfoljning</comment>
        <translation>متابعة السنة</translation>
    </message>
    <message>
        <source>återställ en säkerhetskopia</source>
        <comment>cli.help.aterstall_en_sakerhetskopia</comment>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>öppet den dagen</source>
        <comment>cli.help.oppet_den_dagen</comment>
        <translation>مفتوح في ذلك اليوم</translation>
    </message>
    <message>
        <source>öppettider</source>
        <comment>cli.help.oppettider</comment>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>öppna fönstret (samma som utan kommando)</source>
        <comment>cli.help.oppna_fonstret_samma_som_utan_kommando</comment>
        <translation>فتح النافذة، كالتشغيل دون أمر</translation>
    </message>
    <message>
        <source>Det finns ingen aktivitet med id {id}.</source>
        <comment>activities.unknown_activity</comment>
        <translation>لا يوجد نشاط بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>Platsen finns inte i registret (id {id}); välj en plats i listan.</source>
        <comment>activities.unknown_site</comment>
        <translation>الموقع غير موجود في السجل، المعرّف {id}؛ اختر موقعًا من القائمة.</translation>
    </message>
    <message>
        <source>Aktivitetstypen finns inte i registret (id {id}); välj en typ i listan.</source>
        <comment>activities.unknown_type</comment>
        <translation>نوع النشاط غير موجود في السجل، المعرّف {id}؛ اختر نوعًا من القائمة.</translation>
    </message>
    <message>
        <source>Organisationen finns inte i registret (id {id}); välj en organisation i listan.</source>
        <comment>activities.unknown_organisation</comment>
        <translation>المنظمة غير موجودة في السجل، المعرّف {id}؛ اختر منظمة من القائمة.</translation>
    </message>
    <message>
        <source>Mallen finns inte längre.</source>
        <comment>activities.template_gone</comment>
        <translation>القالب لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Det saknas uppgifter för aktiviteten: {options}.</source>
        <comment>activities.missing_options</comment>
        <translation>تنقص بيانات النشاط: {options}.</translation>
    </message>
    <message>
        <source>Ange minst en uppgift att ändra, t.ex. --title eller --date.</source>
        <comment>activities.nothing_to_change</comment>
        <translation>حدّد معلومة واحدة على الأقل لتغييرها، مثل --title أو --date.</translation>
    </message>
    <message>
        <source>Aktiviteten är ändrad.</source>
        <comment>activities.changed</comment>
        <translation>تم تعديل النشاط.</translation>
    </message>
    <message>
        <source>Aktiviteten är borttagen.</source>
        <comment>activities.deleted</comment>
        <translation>تم حذف النشاط.</translation>
    </message>
    <message>
        <source>Vilka enkäten gjordes med</source>
        <comment>follow_up.subject.survey_with</comment>
        <translation>مع مَن أُجري الاستبيان</translation>
    </message>
    <message>
        <source>Sammanfattningen</source>
        <comment>follow_up.subject.survey_summary</comment>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Skriv en kort sammanfattning av enkäten.</source>
        <comment>follow_up.empty.survey_summary</comment>
        <translation>اكتب ملخصًا قصيرًا للاستبيان.</translation>
    </message>
    <message>
        <source>Initiativets namn</source>
        <comment>follow_up.subject.initiative_title</comment>
        <translation>اسم المبادرة</translation>
    </message>
    <message>
        <source>Initiativet måste ha ett namn.</source>
        <comment>follow_up.empty.initiative_title</comment>
        <translation>يجب أن يكون للمبادرة اسم.</translation>
    </message>
    <message>
        <source>status</source>
        <comment>follow_up.choice.status</comment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Ange vilka enkäten gjordes med: en eller flera aktörer ur registret, eller en text.</source>
        <comment>follow_up.survey_with_nobody</comment>
        <translation>حدّد مع مَن أُجري الاستبيان: جهة أو أكثر من السجل، أو نص.</translation>
    </message>
    <message>
        <source>Enkäten finns inte eller är borttagen (id {id}).</source>
        <comment>follow_up.survey_gone</comment>
        <translation>الاستبيان غير موجود أو محذوف (id {id}).</translation>
    </message>
    <message>
        <source>Initiativet finns inte eller är borttaget (id {id}).</source>
        <comment>follow_up.initiative_gone</comment>
        <translation>المبادرة غير موجودة أو محذوفة (id {id}).</translation>
    </message>
    <message>
        <source>Initiativet slutar ({end}) före det börjar ({start}).</source>
        <comment>follow_up.initiative_ends_before_start</comment>
        <translation>تنتهي المبادرة ({end}) قبل أن تبدأ ({start}).</translation>
    </message>
    <message>
        <source>Ange minst en uppgift att ändra, t.ex. --summary eller --status.</source>
        <comment>follow_up.nothing_to_change</comment>
        <translation>حدّد معلومة واحدة على الأقل لتعديلها، مثل --summary أو --status.</translation>
    </message>
    <message>
        <source>Enkäten är ändrad.</source>
        <comment>follow_up.survey_changed</comment>
        <translation>تم تعديل الاستبيان.</translation>
    </message>
    <message>
        <source>Enkäten är borttagen.</source>
        <comment>follow_up.survey_deleted</comment>
        <translation>تم حذف الاستبيان.</translation>
    </message>
    <message>
        <source>Initiativet är ändrat.</source>
        <comment>follow_up.initiative_changed</comment>
        <translation>تم تعديل المبادرة.</translation>
    </message>
    <message>
        <source>Initiativet är borttaget.</source>
        <comment>follow_up.initiative_deleted</comment>
        <translation>تم حذف المبادرة.</translation>
    </message>
    <message>
        <source>{date} enkät med {with_whom}: {summary}  [{id}]</source>
        <comment>follow_up.line_survey</comment>
        <translation>{date} استبيان مع {with_whom}: {summary}  [{id}]</translation>
    </message>
    <message>
        <source>{period} initiativ ”{title}” ({status}) med {partners}  [{id}]</source>
        <comment>follow_up.line_initiative</comment>
        <translation>{period} مبادرة ”{title}” ({status}) مع {partners}  [{id}]</translation>
    </message>
    <message>
        <source>planerad</source>
        <comment>follow_up.status.planned</comment>
        <translation>مخطط لها</translation>
    </message>
    <message>
        <source>pågår</source>
        <comment>follow_up.status.ongoing</comment>
        <translation>جارية</translation>
    </message>
    <message>
        <source>avslutad</source>
        <comment>follow_up.status.ended</comment>
        <translation>منتهية</translation>
    </message>
</context>
<context>
    <name>MinusButton</name>
    <message>
        <source>−1 rätta</source>
        <translation>−1 تصحيح</translation>
    </message>
</context>
<context>
    <name>NewOrganisationDialog</name>
    <message>
        <source>Ny organisation</source>
        <translation>منظمة جديدة</translation>
    </message>
    <message>
        <source>”%1” finns inte i registret. Vill du lägga till den som ny organisation?</source>
        <translation>«%1» غير موجودة في السجل. هل تريد إضافتها كمنظمة جديدة؟</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <source>Typ av organisation</source>
        <translation>نوع المنظمة</translation>
    </message>
    <message>
        <source>&amp;Typ:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Lägg till organisationen</source>
        <translation>إضافة المنظمة</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Lägg inte till</source>
        <translation>عدم الإضافة</translation>
    </message>
</context>
<context>
    <name>PaperTallyButton</name>
    <message>
        <source>Räknelista…</source>
        <translation>ورقة العدّ…</translation>
    </message>
    <message>
        <source>Räknelista på papper</source>
        <translation>ورقة عدّ على الورق</translation>
    </message>
    <message>
        <source>När datorn inte är med: skriv ut en tom räknelista, och skriv in den sedan</source>
        <translation>عندما لا يكون الحاسوب معك: اطبع ورقة عدّ فارغة، ثم أدخلها لاحقًا</translation>
    </message>
    <message>
        <source>Skriv ut tom räknelista</source>
        <translation>طباعة ورقة عدّ فارغة</translation>
    </message>
    <message>
        <source>Skriv in räknelista…</source>
        <translation>إدخال ورقة عدّ…</translation>
    </message>
    <message>
        <source>Spara räknelistan</source>
        <translation>حفظ ورقة العدّ</translation>
    </message>
    <message>
        <source>Sparar räknelistan…</source>
        <translation>جارٍ حفظ ورقة العدّ…</translation>
    </message>
    <message>
        <source>Dagar äldre än en vecka får bara samordnaren ändra.</source>
        <translation>لا يغيّر الأيام الأقدم من أسبوع إلا المنسّق.</translation>
    </message>
    <message>
        <source>räknelista</source>
        <translation>ورقة عدّ</translation>
    </message>
    <message>
        <source>Räknelistan är inskriven: %1 besök. Ctrl+Z tar bort den igen.</source>
        <translation>تم إدخال ورقة العدّ: %1 زيارة. Ctrl+Z يزيلها مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>PaperTallyDialog</name>
    <message>
        <source>Skriv in räknelista</source>
        <translation>إدخال ورقة العدّ</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Skriv av antalet streck i varje ruta på räknelistan. Besöken sparas på den här platsen och dagen, märkta som inskrivna från papper.</source>
        <translation>انقل عدد العلامات في كل خانة من ورقة العدّ. تُحفظ الزيارات في هذا الموقع وهذا اليوم، مع علامة أنها أُدخلت من الورق.</translation>
    </message>
    <message>
        <source>Skriv in</source>
        <translation>إدخال</translation>
    </message>
    <message>
        <source>Skriv in besöken</source>
        <translation>إدخال الزيارات</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>%1 år</source>
        <translation>%1 سنة</translation>
    </message>
    <message>
        <source>Summa</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>%1, %2 år</source>
        <translation>%1، %2 سنة</translation>
    </message>
    <message>
        <source>Totalt antal besök</source>
        <translation>العدد الكلي للزيارات</translation>
    </message>
    <message>
        <source>Totalt: %1 besök</source>
        <translation>المجموع: %1 زيارة</translation>
    </message>
</context>
<context>
    <name>ParticipantGrid</name>
    <message>
        <source>Åldersgrupp %1 år</source>
        <translation>الفئة العمرية %1 سنة</translation>
    </message>
    <message>
        <source>%1, %2 år</source>
        <translation>%1، %2 سنة</translation>
    </message>
    <message>
        <source>Totalt: %1 deltagare</source>
        <translation>المجموع: %1 مشارك</translation>
    </message>
</context>
<context>
    <name>PartnerList</name>
    <message>
        <source>Skriv för att söka…</source>
        <translation>اكتب للبحث…</translation>
    </message>
    <message>
        <source>Sök samarbetspartner</source>
        <translation>البحث عن شريك</translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Lägg till samarbetspartner</source>
        <translation>إضافة شريك</translation>
    </message>
    <message>
        <source>Samarbetspartner</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Ta bort vald samarbetspartner</source>
        <translation>إزالة الشريك المحدد</translation>
    </message>
    <message>
        <source>”%1” lades inte till: den finns inte i registret.</source>
        <translation>لم تُضَف «%1»: غير موجودة في السجل.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Samordnarens lösenord</source>
        <translation>كلمة مرور المنسّق</translation>
    </message>
    <message>
        <source>Det här får bara samordnaren göra. Skriv samordnarens lösenord:</source>
        <translation>هذا مسموح للمنسّق فقط. اكتب كلمة مرور المنسّق:</translation>
    </message>
    <message>
        <source>Lösenord</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Lås upp</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Vänta %1 s innan nästa försök.</source>
        <translation>انتظر %1 ثانية قبل المحاولة التالية.</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>Välj period</source>
        <translation>اختر فترة</translation>
    </message>
    <message>
        <source>Från datum</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>Till datum</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <source>&amp;från</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>t&amp;ill</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <source>Egen period</source>
        <translation>فترة مخصّصة</translation>
    </message>
</context>
<context>
    <name>PersonalDataTab</name>
    <message>
        <source>&amp;Namn:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <source>Barnets eller vårdnadshavarens namn</source>
        <translation>اسم الطفل أو وليّ الأمر</translation>
    </message>
    <message>
        <source>Hela namnet, som det står på anmälan</source>
        <translation>الاسم الكامل، كما في التسجيل</translation>
    </message>
    <message>
        <source>Sök</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Sök anmälningar med namnet</source>
        <translation>البحث عن تسجيلات بهذا الاسم</translation>
    </message>
    <message>
        <source>Aktivitet</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>Vårdnadshavare</source>
        <translation>وليّ الأمر</translation>
    </message>
    <message>
        <source>Raderas efter</source>
        <translation>يُحذف بعد</translation>
    </message>
    <message>
        <source>Anmälningar med namnet</source>
        <translation>التسجيلات بهذا الاسم</translation>
    </message>
    <message>
        <source>&amp;Exportera…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Spara allt om namnet som en fil</source>
        <translation>حفظ كل ما يخص هذا الاسم كملف</translation>
    </message>
    <message>
        <source>Rätten till tillgång: allt som finns om personen, som en JSON-fil</source>
        <translation>حق الاطلاع: كل ما هو محفوظ عن الشخص، كملف JSON</translation>
    </message>
    <message>
        <source>&amp;Radera alla…</source>
        <translation>م&amp;سح الكل…</translation>
    </message>
    <message>
        <source>Radera alla anmälningar med namnet</source>
        <translation>مسح كل التسجيلات بهذا الاسم</translation>
    </message>
    <message>
        <source>Rätten att bli raderad: tar bort anmälningarna</source>
        <translation>حق المسح: يحذف التسجيلات</translation>
    </message>
    <message>
        <source>Anmälningar till aktiviteter är de enda uppgifterna med namn: barnets namn och ålder, vårdnadshavarens namn och telefon, samtycke till foto, allergier eller anteckning och om barnet kom. De finns bara på den här datorn, räknas aldrig i statistiken och raderas automatiskt %1 dagar efter aktiviteten. Här söker du fram allt om ett barn eller en vårdnadshavare, lämnar ut det som en fil (rätten till tillgång) eller raderar det (rätten att bli raderad).</source>
        <translation>التسجيلات في الأنشطة هي البيانات الوحيدة التي تحتوي على أسماء: اسم الطفل وعمره، واسم وليّ الأمر وهاتفه، والموافقة على التصوير، والحساسية أو ملاحظة، وهل حضر الطفل. وهي محفوظة على هذا الحاسوب فقط، ولا تُحسب أبدًا في الإحصاءات، وتُحذف تلقائيًا بعد %1 يومًا من النشاط. هنا تبحث عن كل ما يخص طفلًا أو وليّ أمر، وتسلّمه كملف (حق الاطلاع) أو تمسحه (حق المسح).</translation>
    </message>
    <message numerus="yes">
        <source>%n anmälningar för ”%1”.</source>
        <translation>
            <numerusform>لا تسجيلات لـ &quot;%1&quot;.</numerusform>
            <numerusform>تسجيل واحد لـ &quot;%1&quot;.</numerusform>
            <numerusform>تسجيلان لـ &quot;%1&quot;.</numerusform>
            <numerusform>%n تسجيلات لـ &quot;%1&quot;.</numerusform>
            <numerusform>%n تسجيلًا لـ &quot;%1&quot;.</numerusform>
            <numerusform>%n تسجيل لـ &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inga anmälningar för ”%1”.</source>
        <translation>لا توجد تسجيلات لـ «%1».</translation>
    </message>
    <message>
        <source>Spara personuppgifterna</source>
        <translation>حفظ البيانات الشخصية</translation>
    </message>
    <message>
        <source>Sparar…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Radera anmälan för ”%1”? Det går inte att ångra.</source>
        <translation>مسح تسجيل «%1»؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Radera alla %2 anmälningar för ”%1”? Det går inte att ångra.</source>
        <translation>مسح كل تسجيلات «%1» (%2)؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Radera personuppgifter</source>
        <translation>مسح البيانات الشخصية</translation>
    </message>
    <message>
        <source>Anmälan för ”%1” är raderad.</source>
        <translation>تم مسح تسجيل «%1».</translation>
    </message>
    <message>
        <source>%2 anmälningar för ”%1” är raderade.</source>
        <translation>تم مسح %2 تسجيلات لـ «%1».</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Byt namn… (F2)</source>
        <translation>إعادة التسمية… (F2)</translation>
    </message>
    <message>
        <source>Byt namn på markerad rad</source>
        <translation>إعادة تسمية الصف المحدد</translation>
    </message>
    <message>
        <source>Ta bort… (Delete)</source>
        <translation>حذف… (Delete)</translation>
    </message>
    <message>
        <source>Ta bort markerad rad</source>
        <translation>حذف الصف المحدد</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Ta bort ”%1”? Det som redan är registrerat behåller namnet, men det går inte att välja längre.</source>
        <translation>حذف «%1»؟ ما سُجّل من قبل يحتفظ بالاسم، لكن لا يمكن اختياره بعد الآن.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Register</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Platser</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <source>Ny plats:</source>
        <translation>موقع جديد:</translation>
    </message>
    <message>
        <source>Typ:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Lägg till plats</source>
        <translation>إضافة موقع</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Organisationer</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Ny organisation:</source>
        <translation>منظمة جديدة:</translation>
    </message>
    <message>
        <source>Lägg till organisation</source>
        <translation>إضافة منظمة</translation>
    </message>
    <message>
        <source>Aktivitetstyp</source>
        <translation>نوع النشاط</translation>
    </message>
    <message>
        <source>Verksamhetsområde</source>
        <translation>مجال العمل</translation>
    </message>
    <message>
        <source>Aktivitetstyper</source>
        <translation>أنواع الأنشطة</translation>
    </message>
    <message>
        <source>Ny aktivitetstyp:</source>
        <translation>نوع نشاط جديد:</translation>
    </message>
    <message>
        <source>Område:</source>
        <translation>المجال:</translation>
    </message>
    <message>
        <source>Lägg till typ</source>
        <translation>إضافة نوع</translation>
    </message>
    <message>
        <source>Ledare</source>
        <translation>القادة</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Ny ledare:</source>
        <translation>قائد جديد:</translation>
    </message>
    <message>
        <source>Roll:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>Lägg till ledare</source>
        <translation>إضافة قائد</translation>
    </message>
    <message>
        <source>Säsonger</source>
        <translation>المواسم</translation>
    </message>
    <message>
        <source>Åldersgrupper</source>
        <translation>الفئات العمرية</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Inställningar</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Personuppgifter</source>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <source>Säkerhetskopior</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Byt namn</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <source>Nytt namn:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <source>Nytt namn</source>
        <translation>الاسم الجديد</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ReportChoice</name>
    <message>
        <source>Rapport:</source>
        <translation>التقرير:</translation>
    </message>
    <message>
        <source>&amp;Säsong</source>
        <translation>&amp;موسم</translation>
    </message>
    <message>
        <source>&amp;År</source>
        <translation>&amp;سنة</translation>
    </message>
    <message>
        <source>&amp;Egen period</source>
        <translation>&amp;فترة مخصصة</translation>
    </message>
    <message>
        <source>&amp;Dag</source>
        <translation>&amp;يوم</translation>
    </message>
    <message>
        <source>Sa&amp;marbetspartner</source>
        <translation>الشر&amp;كاء</translation>
    </message>
    <message>
        <source>Säsong</source>
        <translation>الموسم</translation>
    </message>
    <message>
        <source>År</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Från datum</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>Till datum</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <source>Dag</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>Säsong:</source>
        <translation>الموسم:</translation>
    </message>
    <message>
        <source>År:</source>
        <translation>السنة:</translation>
    </message>
    <message>
        <source>Från:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>till:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>Datum:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>المنظمة:</translation>
    </message>
    <message>
        <source>från:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>&amp;Plats:</source>
        <translation>&amp;الموقع:</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Säsongens platser (%1)</source>
        <translation>أماكن الموسم (%1)</translation>
    </message>
    <message>
        <source>Säsongens plats (%1)</source>
        <translation>موقع الموسم (%1)</translation>
    </message>
    <message>
        <source>Säsongens plats</source>
        <translation>موقع الموسم</translation>
    </message>
    <message>
        <source>Alla platser</source>
        <translation>كل المواقع</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>&amp;Tabell:</source>
        <translation>&amp;الجدول:</translation>
    </message>
    <message>
        <source>Tabell</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>(som i Excel- och CSV-filerna)</source>
        <translation>(كما في ملفات Excel و CSV، بالسويدية)</translation>
    </message>
    <message>
        <source>Rapportens tabell</source>
        <translation>جدول التقرير</translation>
    </message>
    <message>
        <source>Bästa dag (%1 besök)</source>
        <translation>أفضل يوم (%1 زيارة)</translation>
    </message>
    <message>
        <source>Bästa dag</source>
        <translation>أفضل يوم</translation>
    </message>
    <message>
        <source>Besök</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>Öppna dagar</source>
        <translation>أيام الفتح</translation>
    </message>
    <message>
        <source>Besök per öppen dag</source>
        <translation>الزيارات لكل يوم فتح</translation>
    </message>
    <message>
        <source>Andel flickor</source>
        <translation>نسبة الفتيات</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>Besök per öppen timme</source>
        <translation>الزيارات لكل ساعة افتتاح</translation>
    </message>
    <message>
        <source>Nya besökare</source>
        <translation>زوار جدد</translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Deltagare i aktiviteterna</source>
        <translation>المشاركون في الأنشطة</translation>
    </message>
    <message>
        <source>Tillfällen av kunskapsutbyte</source>
        <translation>مرات تبادل المعرفة</translation>
    </message>
    <message>
        <source>Aktiva föreningar och grupper</source>
        <translation>الجمعيات والمجموعات النشطة</translation>
    </message>
    <message>
        <source>Aktiviteter tillsammans</source>
        <translation>أنشطة مشتركة</translation>
    </message>
    <message>
        <source>Dagar med aktiviteter</source>
        <translation>أيام فيها أنشطة</translation>
    </message>
    <message>
        <source>Som arrangör</source>
        <translation>بصفة منظِّم</translation>
    </message>
    <message>
        <source>Som partner</source>
        <translation>بصفة شريك</translation>
    </message>
    <message>
        <source>Andra organisationer som var med</source>
        <translation>منظمات أخرى شاركت</translation>
    </message>
    <message>
        <source>Platser öppna</source>
        <translation>المواقع المفتوحة</translation>
    </message>
    <message>
        <source>v. %1</source>
        <translation>أسبوع %1</translation>
    </message>
    <message>
        <source>Besök per vecka</source>
        <translation>الزيارات حسب الأسبوع</translation>
    </message>
    <message>
        <source>Besök per veckodag</source>
        <translation>الزيارات حسب يوم الأسبوع</translation>
    </message>
    <message>
        <source>Besök per kön</source>
        <translation>الزيارات حسب الجنس</translation>
    </message>
    <message>
        <source>Besök per åldersgrupp</source>
        <translation>الزيارات حسب الفئة العمرية</translation>
    </message>
    <message>
        <source>Aktiviteter per månad</source>
        <translation>الأنشطة حسب الشهر</translation>
    </message>
    <message>
        <source>Aktiviteter per verksamhetsområde</source>
        <translation>الأنشطة حسب مجال العمل</translation>
    </message>
    <message>
        <source>Besök per månad</source>
        <translation>الزيارات حسب الشهر</translation>
    </message>
    <message>
        <source>Besök per plats</source>
        <translation>الزيارات حسب الموقع</translation>
    </message>
    <message>
        <source>Deltagare per kön</source>
        <translation>المشاركون حسب الجنس</translation>
    </message>
    <message>
        <source>Deltagare per åldersgrupp</source>
        <translation>المشاركون حسب الفئة العمرية</translation>
    </message>
    <message>
        <source>Aktiviteter per typ</source>
        <translation>الأنشطة حسب النوع</translation>
    </message>
    <message>
        <source>Deltagare per aktivitet</source>
        <translation>المشاركون حسب النشاط</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Spara som:</source>
        <translation>حفظ بصيغة:</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Spara rapporten som PDF</source>
        <translation>حفظ التقرير بصيغة PDF</translation>
    </message>
    <message>
        <source>Word…</source>
        <translation>Word…</translation>
    </message>
    <message>
        <source>Spara rapporten som Word-dokument som går att redigera</source>
        <translation>حفظ التقرير كمستند Word يمكن تعديله</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Spara rapportens tabeller som Excel-fil</source>
        <translation>حفظ جداول التقرير في ملف Excel</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Spara rapportens tabeller som CSV-filer i en mapp</source>
        <translation>حفظ جداول التقرير كملفات CSV في مجلد</translation>
    </message>
    <message>
        <source>Spara rapportens diagram som bilder (PNG), en fil per diagram</source>
        <translation>حفظ مخططات التقرير كصور (PNG)، ملف لكل مخطط</translation>
    </message>
    <message>
        <source>Diagram som bild…</source>
        <translation>المخطط كصورة…</translation>
    </message>
    <message>
        <source>Öppna filen</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>Öppna mappen</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Det finns ingen organisation än: lägg till en under Register → Organisationer.</source>
        <translation>لا توجد أي منظمة بعد: أضف واحدة من السجل ← المنظمات.</translation>
    </message>
    <message>
        <source>Det finns ingen säsong än: lägg till en under Register → Säsonger.</source>
        <translation>لا يوجد موسم بعد: أضف موسمًا من السجل ← المواسم.</translation>
    </message>
    <message>
        <source>Tar fram rapporten…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <source>Rapporten kunde inte tas fram</source>
        <translation>تعذّر إعداد التقرير</translation>
    </message>
    <message>
        <source>Årlig uppföljning %1</source>
        <translation>المتابعة السنوية %1</translation>
    </message>
    <message>
        <source>Dagrapport %1</source>
        <translation>تقرير يومي %1</translation>
    </message>
    <message>
        <source>Samarbete med %1</source>
        <translation>التعاون مع %1</translation>
    </message>
    <message>
        <source>Egen period</source>
        <translation>فترة مخصصة</translation>
    </message>
    <message>
        <source>Alla platser</source>
        <translation>كل المواقع</translation>
    </message>
    <message>
        <source>PDF-dokument (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word-dokument (*.docx)</source>
        <translation>مستند Word (*.docx)</translation>
    </message>
    <message>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Spara rapporten</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>Välj mapp för CSV-filerna</source>
        <translation>اختر مجلدًا لملفات CSV</translation>
    </message>
    <message>
        <source>Sparar…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Filen kunde inte sparas</source>
        <translation>تعذّر حفظ الملف</translation>
    </message>
    <message>
        <source>Diagrammen kunde inte sparas</source>
        <translation>تعذّر حفظ المخططات</translation>
    </message>
    <message>
        <source>Välj mapp för diagrammen</source>
        <translation>اختر مجلدًا للمخططات</translation>
    </message>
    <message numerus="yes">
        <source>%n diagram sparade i %1</source>
        <translation>
            <numerusform>لم يُحفظ أي مخطط (%n) في %1</numerusform>
            <numerusform>حُفظ مخطط واحد (%n) في %1</numerusform>
            <numerusform>حُفظ مخططان (%n) في %1</numerusform>
            <numerusform>حُفظت %n مخططات في %1</numerusform>
            <numerusform>حُفظ %n مخططًا في %1</numerusform>
            <numerusform>حُفظ %n مخطط في %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CSV-filer sparade i %1</source>
        <translation>
            <numerusform>لم يُحفظ أي ملف CSV في %1</numerusform>
            <numerusform>حُفظ ملف CSV واحد في %1</numerusform>
            <numerusform>حُفظ ملفا CSV في %1</numerusform>
            <numerusform>حُفظت %n ملفات CSV في %1</numerusform>
            <numerusform>حُفظ %n ملفًا بصيغة CSV في %1</numerusform>
            <numerusform>حُفظ %n ملف CSV في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sparad: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
</context>
<context>
    <name>SaveFailure</name>
    <message>
        <source>disken är full. Frigör utrymme på datorn och försök igen.</source>
        <translation>القرص ممتلئ. أفرغ بعض المساحة على الحاسوب وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>databasfilen är skrivskyddad. Be samordnaren kontrollera filens behörighet.</source>
        <translation>ملف قاعدة البيانات للقراءة فقط. اطلب من المنسّق فحص صلاحيات الملف.</translation>
    </message>
    <message>
        <source>databasen är upptagen av ett annat program (en synkning?). Vänta lite och försök igen.</source>
        <translation>قاعدة البيانات مشغولة ببرنامج آخر (مزامنة؟). انتظر قليلًا وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>databasfilen har tagits bort eller flyttats. Räkna på papper och starta om programmet.</source>
        <translation>ملف قاعدة البيانات حُذف أو نُقل. عُدّ على الورق وأعد تشغيل البرنامج.</translation>
    </message>
    <message>
        <source>databasfilen gick inte att skriva (skadad fil eller fel på disken). Räkna på papper och starta om programmet.</source>
        <translation>تعذّرت الكتابة في ملف قاعدة البيانات (ملف تالف أو عطل في القرص). عُدّ على الورق وأعد تشغيل البرنامج.</translation>
    </message>
    <message>
        <source>ett oväntat fel inträffade. Försök igen.</source>
        <translation>حدث خطأ غير متوقع. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>ett oväntat fel inträffade (det finns i loggen %1). Försök igen.</source>
        <translation>حدث خطأ غير متوقع (تجده في سجل الأخطاء %1). حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>SeasonsTab</name>
    <message>
        <source>Namn</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Säsonger</source>
        <translation>المواسم</translation>
    </message>
    <message>
        <source>Platser</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Säsongens namn</source>
        <translation>اسم الموسم</translation>
    </message>
    <message>
        <source>t.ex. Bästa sommaren 2026</source>
        <translation>مثلًا: صيف 2026</translation>
    </message>
    <message>
        <source>Första dag</source>
        <translation>أول يوم</translation>
    </message>
    <message>
        <source>Sista dag</source>
        <translation>آخر يوم</translation>
    </message>
    <message>
        <source>Platser där säsongen pågår</source>
        <translation>الأماكن التي يجري فيها الموسم</translation>
    </message>
    <message>
        <source>Lägg till säsong</source>
        <translation>إضافة موسم</translation>
    </message>
    <message>
        <source>Från:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>Till:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>Alla platser</source>
        <translation>كل المواقع</translation>
    </message>
    <message>
        <source>Spara ändringar</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Spara ändringar i markerad säsong</source>
        <translation>حفظ التغييرات في الموسم المحدد</translation>
    </message>
    <message>
        <source>Säsong:</source>
        <translation>الموسم:</translation>
    </message>
    <message>
        <source>Platser:</source>
        <translation>الأماكن:</translation>
    </message>
    <message>
        <source>Sista dagen ligger före den första.</source>
        <translation>آخر يوم يقع قبل أول يوم.</translation>
    </message>
    <message>
        <source>(borttagen plats)</source>
        <translation>(موقع محذوف)</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>Språk</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Språk:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Språket byts när programmet startas om.</source>
        <translation>تتغير اللغة عند إعادة تشغيل البرنامج.</translation>
    </message>
    <message>
        <source>Spara språk</source>
        <translation>حفظ اللغة</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Namnet står överst på varje rapport. Det gäller hela laget.</source>
        <translation>يُطبع الاسم في أعلى كل تقرير. وهو يسري على الفريق كله.</translation>
    </message>
    <message>
        <source>Organisationens namn</source>
        <translation>اسم المنظمة</translation>
    </message>
    <message>
        <source>Namn:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Spara namn</source>
        <translation>حفظ الاسم</translation>
    </message>
    <message>
        <source>Spara organisationens namn</source>
        <translation>حفظ اسم المنظمة</translation>
    </message>
    <message>
        <source>Samordnarens lösenord</source>
        <translation>كلمة مرور المنسّق</translation>
    </message>
    <message>
        <source>Lösenordet skyddar borttagning, inställningar, åldersgrupper, ändringar av äldre dagar och historiken. Det gäller på alla lagets datorer.</source>
        <translation>تحمي كلمة المرور الحذف والإعدادات والفئات العمرية وتعديل الأيام القديمة وسجل التغييرات. وهي تسري على كل حواسيب الفريق.</translation>
    </message>
    <message>
        <source>Nuvarande lösenord</source>
        <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
        <source>Nuvarande lösenord:</source>
        <translation>كلمة المرور الحالية:</translation>
    </message>
    <message>
        <source>Nytt lösenord</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Nytt lösenord:</source>
        <translation>كلمة المرور الجديدة:</translation>
    </message>
    <message>
        <source>Upprepa nytt lösenord</source>
        <translation>أعد كتابة كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Upprepa:</source>
        <translation>التأكيد:</translation>
    </message>
    <message>
        <source>Spara lösenord</source>
        <translation>حفظ كلمة المرور</translation>
    </message>
    <message>
        <source>Anmälningar (personuppgifter)</source>
        <translation>التسجيلات (بيانات شخصية)</translation>
    </message>
    <message>
        <source>Texten står på varje anmälningslista, ovanför namnen. Anmälningarna raderas automatiskt när sparandetiden efter aktiviteten har gått. En ändrad tid gäller nya anmälningar; skriv samma tid i texten.</source>
        <translation>يُطبع النص على كل قائمة تسجيل، فوق الأسماء. تُحذف التسجيلات تلقائيًا عند انتهاء مدة الحفظ بعد النشاط. المدة الجديدة تسري على التسجيلات الجديدة؛ اكتب المدة نفسها في النص.</translation>
    </message>
    <message>
        <source>Samtyckestext på anmälningslistan</source>
        <translation>نص الموافقة في قائمة التسجيل</translation>
    </message>
    <message>
        <source>Samtyckestext:</source>
        <translation>نص الموافقة:</translation>
    </message>
    <message>
        <source>Återställ standardtexten</source>
        <translation>استعادة النص الافتراضي</translation>
    </message>
    <message>
        <source>Sätt tillbaka den ursprungliga samtyckestexten i rutan</source>
        <translation>إعادة نص الموافقة الأصلي إلى المربع</translation>
    </message>
    <message>
        <source> dagar</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>Sparandetid efter aktiviteten i dagar</source>
        <translation>مدة الحفظ بعد النشاط بالأيام</translation>
    </message>
    <message>
        <source>Sparas efter aktiviteten:</source>
        <translation>مدة الحفظ بعد النشاط:</translation>
    </message>
    <message>
        <source>Spara text och tid</source>
        <translation>حفظ النص والمدة</translation>
    </message>
    <message>
        <source>Spara samtyckestext och sparandetid</source>
        <translation>حفظ نص الموافقة ومدة الحفظ</translation>
    </message>
    <message>
        <source>Sparat. Starta om programmet för att byta språk.</source>
        <translation>تم الحفظ. أعد تشغيل البرنامج لتغيير اللغة.</translation>
    </message>
    <message>
        <source>Skriv organisationens namn; det står överst på varje rapport.</source>
        <translation>اكتب اسم المنظمة؛ فهو يُطبع في أعلى كل تقرير.</translation>
    </message>
    <message>
        <source>Namnet är sparat.</source>
        <translation>تم حفظ الاسم.</translation>
    </message>
    <message>
        <source>Skriv samtyckestexten; den står på varje anmälningslista.</source>
        <translation>اكتب نص الموافقة؛ فهو يُطبع على كل قائمة تسجيل.</translation>
    </message>
    <message>
        <source>Samtyckestexten och sparandetiden är sparade.</source>
        <translation>تم حفظ نص الموافقة ومدة الحفظ.</translation>
    </message>
    <message>
        <source>De två nya lösenorden är inte lika.</source>
        <translation>كلمتا المرور الجديدتان غير متطابقتين.</translation>
    </message>
    <message>
        <source>Lösenordet är sparat.</source>
        <translation>تم حفظ كلمة المرور.</translation>
    </message>
</context>
<context>
    <name>SheetDetailsDialog</name>
    <message>
        <source>Uppgifter på listan</source>
        <translation>بيانات القائمة</translation>
    </message>
    <message>
        <source>Det här står överst på listan. Lämna tomt det som ska fyllas i för hand.</source>
        <translation>يُطبع هذا في أعلى القائمة. اترك فارغًا ما سيُملأ باليد.</translation>
    </message>
    <message>
        <source>Det här står överst på listan, under aktiviteten.</source>
        <translation>يُطبع هذا في أعلى القائمة، تحت النشاط.</translation>
    </message>
    <message>
        <source>Samlingsplats</source>
        <translation>مكان التجمع</translation>
    </message>
    <message>
        <source>t.ex. utanför Vänskapshuset kl. 9.30</source>
        <translation>مثلًا: أمام Vänskapshuset الساعة 9.30</translation>
    </message>
    <message>
        <source>&amp;Samlingsplats:</source>
        <translation>&amp;مكان التجمع:</translation>
    </message>
    <message>
        <source>Ansvarig ledare</source>
        <translation>القائد المسؤول</translation>
    </message>
    <message>
        <source>Ansvarig &amp;ledare:</source>
        <translation>&amp;القائد المسؤول:</translation>
    </message>
    <message>
        <source>Ledarens telefon</source>
        <translation>هاتف القائد</translation>
    </message>
    <message>
        <source>t.ex. 070-123 45 67</source>
        <translation>مثلًا: 070-123 45 67</translation>
    </message>
    <message>
        <source>Ledarens &amp;telefon:</source>
        <translation>&amp;هاتف القائد:</translation>
    </message>
    <message>
        <source>Ta med</source>
        <translation>أحضِر معك</translation>
    </message>
    <message>
        <source>t.ex. matsäck, vattenflaska, busskort</source>
        <translation>مثلًا: غداء، قارورة ماء، بطاقة الحافلة</translation>
    </message>
    <message>
        <source>Ta &amp;med:</source>
        <translation>&amp;أحضِر معك:</translation>
    </message>
    <message>
        <source>Fortsätt…</source>
        <translation>متابعة…</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>SignUpForm</name>
    <message>
        <source>Ändra anmälan</source>
        <translation>تعديل التسجيل</translation>
    </message>
    <message>
        <source>Ny anmälan</source>
        <translation>تسجيل جديد</translation>
    </message>
    <message>
        <source>Barnets namn</source>
        <translation>اسم الطفل</translation>
    </message>
    <message>
        <source>&amp;Barnets namn:</source>
        <translation>&amp;اسم الطفل:</translation>
    </message>
    <message>
        <source>ej angiven</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Ålder</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>&amp;Ålder:</source>
        <translation>&amp;العمر:</translation>
    </message>
    <message>
        <source>Vårdnadshavare</source>
        <translation>وليّ الأمر</translation>
    </message>
    <message>
        <source>&amp;Vårdnadshavare:</source>
        <translation>&amp;وليّ الأمر:</translation>
    </message>
    <message>
        <source>Vårdnadshavarens telefon</source>
        <translation>هاتف وليّ الأمر</translation>
    </message>
    <message>
        <source>t.ex. 070-123 45 67</source>
        <translation>مثلًا: 070-123 45 67</translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation>&amp;الهاتف:</translation>
    </message>
    <message>
        <source>Vårdnadshavaren säger ja till &amp;foto</source>
        <translation>يوافق وليّ الأمر على &amp;التصوير</translation>
    </message>
    <message>
        <source>Samtycke till foto</source>
        <translation>الموافقة على التصوير</translation>
    </message>
    <message>
        <source>Allergier eller anteckning</source>
        <translation>الحساسية أو ملاحظة</translation>
    </message>
    <message>
        <source>&amp;Allergier/anteckning:</source>
        <translation>&amp;الحساسية/ملاحظة:</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>SignUpTableModel</name>
    <message>
        <source>Nr</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Ålder</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Vårdnadshavare</source>
        <translation>وليّ الأمر</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Foto</source>
        <translation>التصوير</translation>
    </message>
    <message>
        <source>Allergier/anteckning</source>
        <translation>الحساسية/ملاحظة</translation>
    </message>
    <message>
        <source>Kom</source>
        <translation>حضر</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Inte markerad än</source>
        <translation>لم يُحدَّد بعد</translation>
    </message>
    <message>
        <source>Kom inte</source>
        <translation>لم يحضر</translation>
    </message>
</context>
<context>
    <name>SignUpsDialog</name>
    <message>
        <source>Anmälningar – %1</source>
        <translation>التسجيلات – %1</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>%1, %2–%3 · %4</source>
        <translation>%1، %2–%3 · %4</translation>
    </message>
    <message>
        <source>Uppgifterna om barnen är personuppgifter: visa dem bara för dem som behöver. De raderas automatiskt %1 dagar efter aktiviteten.</source>
        <translation>بيانات الأطفال بيانات شخصية: لا تعرضها إلا لمن يحتاجها. تُحذف تلقائيًا بعد %1 يوم من النشاط.</translation>
    </message>
    <message>
        <source>&amp;Lägg till…</source>
        <translation>&amp;إضافة…</translation>
    </message>
    <message>
        <source>Lägg till en anmälan</source>
        <translation>إضافة تسجيل</translation>
    </message>
    <message>
        <source>Lägg till en anmälan (Ctrl+N)</source>
        <translation>إضافة تسجيل (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ä&amp;ndra…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Ändra vald anmälan</source>
        <translation>تعديل التسجيل المحدد</translation>
    </message>
    <message>
        <source>Ändra vald anmälan (Enter)</source>
        <translation>تعديل التسجيل المحدد (Enter)</translation>
    </message>
    <message>
        <source>&amp;Ta bort</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Ta bort vald anmälan</source>
        <translation>حذف التسجيل المحدد</translation>
    </message>
    <message>
        <source>Ta bort vald anmälan (Delete)</source>
        <translation>حذف التسجيل المحدد (Delete)</translation>
    </message>
    <message>
        <source>Skriv &amp;ut lista…</source>
        <translation>&amp;طباعة القائمة…</translation>
    </message>
    <message>
        <source>Spara anmälningslistan med namnen som PDF för utskrift</source>
        <translation>حفظ قائمة التسجيل مع الأسماء بصيغة PDF للطباعة</translation>
    </message>
    <message>
        <source>T&amp;om lista…</source>
        <translation>قائمة &amp;فارغة…</translation>
    </message>
    <message>
        <source>Spara en tom anmälningslista som PDF för utskrift</source>
        <translation>حفظ قائمة تسجيل فارغة بصيغة PDF للطباعة</translation>
    </message>
    <message>
        <source>Språk på listan</source>
        <translation>لغة القائمة</translation>
    </message>
    <message>
        <source>Rubrikerna och samtyckestexten skrivs ut på svenska och på det här språket</source>
        <translation>تُطبع العناوين ونص الموافقة باللغة السويدية وبهذه اللغة</translation>
    </message>
    <message>
        <source>Sp&amp;råk på listan:</source>
        <translation>&amp;لغة القائمة:</translation>
    </message>
    <message>
        <source>Anmälda barn</source>
        <translation>الأطفال المسجَّلون</translation>
    </message>
    <message numerus="yes">
        <source>%n anmälda · %1 kom</source>
        <translation>
            <numerusform>لا مسجلين · حضر %1</numerusform>
            <numerusform>مسجل واحد · حضر %1</numerusform>
            <numerusform>مسجلان · حضر %1</numerusform>
            <numerusform>%n مسجلين · حضر %1</numerusform>
            <numerusform>%n مسجلًا · حضر %1</numerusform>
            <numerusform>%n مسجل · حضر %1</numerusform>
        </translation>
    </message>
    <message>
        <source>”%1” är anmäld.</source>
        <translation>تم تسجيل «%1».</translation>
    </message>
    <message>
        <source>Ändringen är sparad.</source>
        <translation>تم حفظ التعديل.</translation>
    </message>
    <message>
        <source>Ta bort anmälan</source>
        <translation>حذف التسجيل</translation>
    </message>
    <message>
        <source>Ta bort anmälan för ”%1”? Uppgifterna raderas helt.</source>
        <translation>حذف تسجيل «%1»؟ ستُمحى البيانات بالكامل.</translation>
    </message>
    <message>
        <source>Anmälan för ”%1” togs bort.</source>
        <translation>تم حذف تسجيل «%1».</translation>
    </message>
    <message>
        <source>Spara anmälningslistan</source>
        <translation>حفظ قائمة التسجيل</translation>
    </message>
    <message>
        <source>Sparar listan…</source>
        <translation>جارٍ حفظ القائمة…</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Vänskapshuset är redan öppet med den här datamappen men svarar inte; vänta en stund och försök igen, eller starta om datorn om det inte hjälper.</source>
        <translation>Vänskapshuset مفتوح بالفعل بمجلد البيانات هذا لكنه لا يستجيب؛ انتظر قليلًا وحاول مرة أخرى، أو أعد تشغيل الحاسوب إن لم ينفع ذلك.</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Ändra enkät</source>
        <translation>تعديل الاستبيان</translation>
    </message>
    <message>
        <source>Ny enkät</source>
        <translation>استبيان جديد</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Sök aktör</source>
        <translation>البحث عن جهة</translation>
    </message>
    <message>
        <source>Aktörer som deltog</source>
        <translation>الجهات التي شاركت</translation>
    </message>
    <message>
        <source>Andra som deltog</source>
        <translation>آخرون شاركوا</translation>
    </message>
    <message>
        <source>t.ex. boende i området</source>
        <translation>مثلًا سكان الحي</translation>
    </message>
    <message>
        <source>Sammanfattning</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;التاريخ:</translation>
    </message>
    <message>
        <source>&amp;Aktörer:</source>
        <translation>ال&amp;جهات:</translation>
    </message>
    <message>
        <source>A&amp;ndra:</source>
        <translation>آ&amp;خرون:</translation>
    </message>
    <message>
        <source>&amp;Sammanfattning:</source>
        <translation>المل&amp;خص:</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Synk</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Så fungerar synken</source>
        <translation>كيف تعمل المزامنة</translation>
    </message>
    <message>
        <source>1. Samordnaren skapar laget på sin dator och får en lagkod.</source>
        <translation>1. ينشئ المنسّق الفريق على حاسوبه ويحصل على رمز الفريق.</translation>
    </message>
    <message>
        <source>2. De andra datorerna går med i laget med lagkoden.</source>
        <translation>2. تنضم الحواسيب الأخرى إلى الفريق برمز الفريق.</translation>
    </message>
    <message>
        <source>3. Alla väljer samma mapp: ett USB-minne som går runt, en nätverksmapp eller en molnmapp.</source>
        <translation>3. يختار الجميع المجلد نفسه: ذاكرة USB تنتقل بينهم، أو مجلد شبكة، أو مجلد سحابي.</translation>
    </message>
    <message>
        <source>4. Tryck Synka nu på varje dator, gärna varje dag. Det en dator har skrivit syns hos de andra när de synkar efter den.</source>
        <translation>4. اضغط «مزامنة الآن» على كل حاسوب، ويُفضَّل كل يوم. ما يكتبه حاسوب يظهر على الحواسيب الأخرى عندما تُجري المزامنة بعده.</translation>
    </message>
    <message>
        <source>Anmälningar med barnens namn stannar alltid på datorn där de skrevs.</source>
        <translation>التسجيلات التي فيها أسماء الأطفال تبقى دائمًا على الحاسوب الذي كُتبت عليه.</translation>
    </message>
    <message numerus="yes">
        <source>%n nya konflikter att titta på</source>
        <translation>
            <numerusform>لا تعارضات جديدة للاطلاع عليها</numerusform>
            <numerusform>تعارض جديد واحد للاطلاع عليه</numerusform>
            <numerusform>تعارضان جديدان للاطلاع عليهما</numerusform>
            <numerusform>%n تعارضات جديدة للاطلاع عليها</numerusform>
            <numerusform>%n تعارضًا جديدًا للاطلاع عليه</numerusform>
            <numerusform>%n تعارض جديد للاطلاع عليه</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncTables</name>
    <message>
        <source>Synkhistorik</source>
        <translation>سجل المزامنة</translation>
    </message>
    <message>
        <source>Dator</source>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <source>Senast inläst</source>
        <translation>آخر قراءة</translation>
    </message>
    <message>
        <source>Filen skriven</source>
        <translation>وقت كتابة الملف</translation>
    </message>
    <message>
        <source>Nya besök</source>
        <translation>زيارات جديدة</translation>
    </message>
    <message>
        <source>Nya poster</source>
        <translation>إدخالات جديدة</translation>
    </message>
    <message>
        <source>Uppdaterade poster</source>
        <translation>إدخالات محدَّثة</translation>
    </message>
    <message>
        <source>Konflikter</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Senaste synk per dator</source>
        <translation>آخر مزامنة لكل حاسوب</translation>
    </message>
    <message>
        <source>Det senaste utbytet med varje dator i laget, och den här datorns egen fil.</source>
        <translation>آخر تبادل مع كل حاسوب في الفريق، وملف هذا الحاسوب نفسه.</translation>
    </message>
    <message>
        <source>Datorer</source>
        <translation>الحواسيب</translation>
    </message>
    <message>
        <source>Inläst</source>
        <translation>وقت القراءة</translation>
    </message>
    <message>
        <source>Från dator</source>
        <translation>من حاسوب</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Inlästa filer</source>
        <translation>الملفات المقروءة</translation>
    </message>
    <message>
        <source>De senaste %1 inlästa filerna, den senaste först.</source>
        <translation>آخر %1 من الملفات المقروءة، الأحدث أولًا.</translation>
    </message>
    <message>
        <source>Inkommet</source>
        <translation>وقت الوصول</translation>
    </message>
    <message>
        <source>Upptäckt</source>
        <translation>وقت الاكتشاف</translation>
    </message>
    <message>
        <source>Vad</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>الإدخال</translation>
    </message>
    <message>
        <source>Ändringen som förlorade</source>
        <translation>التعديل المُهمَل</translation>
    </message>
    <message>
        <source>Ändringen som behölls</source>
        <translation>التعديل المحتفَظ به</translation>
    </message>
    <message>
        <source>Förlorat → behållet</source>
        <translation>المُهمَل ← المحتفَظ به</translation>
    </message>
    <message>
        <source>Har två datorer ändrat samma sak innan de synkat, behålls den senaste ändringen och den andra visas här. Kontrollera att det som behölls stämmer, och rätta annars posten som vanligt. Nya konflikter är markerade.</source>
        <translation>إذا عدّل حاسوبان الشيء نفسه قبل المزامنة، يُحتفَظ بآخر تعديل ويظهر الآخر هنا. تأكّد أن ما احتُفظ به صحيح، وإلا فصحّح الإدخال كالمعتاد. التعارضات الجديدة مميَّزة.</translation>
    </message>
    <message>
        <source>Detaljer om markerad konflikt</source>
        <translation>تفاصيل التعارض المحدد</translation>
    </message>
    <message>
        <source>Markera som sedda</source>
        <translation>تعليم كمُشاهَدة</translation>
    </message>
    <message>
        <source>Markera alla nya konflikter som sedda</source>
        <translation>تعليم كل التعارضات الجديدة كمُشاهَدة</translation>
    </message>
    <message>
        <source>Konflikter (%1 ny)</source>
        <translation>التعارضات (%1 جديد)</translation>
    </message>
    <message>
        <source>Konflikter (%1 nya)</source>
        <translation>التعارضات (%1 جديدة)</translation>
    </message>
    <message>
        <source>Inga konflikter.</source>
        <translation>لا توجد تعارضات.</translation>
    </message>
    <message>
        <source>Alla %1 är sedda.</source>
        <translation>تمت مشاهدة كل التعارضات (%1).</translation>
    </message>
    <message>
        <source>Nya, inte sedda än: %1 av %2.</source>
        <translation>جديدة لم تُشاهَد بعد: %1 من %2.</translation>
    </message>
    <message>
        <source>Konflikterna får bara samordnaren markera.</source>
        <translation>المنسّق وحده يمكنه تعليم التعارضات.</translation>
    </message>
</context>
<context>
    <name>SyncWording</name>
    <message>
        <source>nya besök: %1 · nya poster: %2 · uppdaterade poster: %3</source>
        <translation>زيارات جديدة: %1 · إدخالات جديدة: %2 · إدخالات محدَّثة: %3</translation>
    </message>
    <message>
        <source>konflikter: %1</source>
        <translation>التعارضات: %1</translation>
    </message>
    <message>
        <source>”%1” var redan inläst; inget ändrades.</source>
        <translation>سبقت قراءة «%1»؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Från ”%1” (filen skriven %2): %3.</source>
        <translation>من «%1» (كُتب الملف %2): %3.</translation>
    </message>
    <message>
        <source>Synk klar %1 – inget nytt från de andra datorerna.</source>
        <translation>اكتملت المزامنة %1 – لا جديد من الحواسيب الأخرى.</translation>
    </message>
    <message>
        <source>Synk klar %1 – nya besök: %2 · nya poster: %3 · uppdaterade poster: %4.</source>
        <translation>اكتملت المزامنة %1 – زيارات جديدة: %2 · إدخالات جديدة: %3 · إدخالات محدَّثة: %4.</translation>
    </message>
    <message>
        <source>Konflikter: %1 (se fliken Konflikter nedan).</source>
        <translation>التعارضات: %1 (انظر تبويب «التعارضات» أدناه).</translation>
    </message>
    <message>
        <source>Filer som redan var inlästa och inte ändrats: %1.</source>
        <translation>ملفات سبقت قراءتها ولم تتغير: %1.</translation>
    </message>
    <message>
        <source>Den prövas igen vid nästa synk.</source>
        <translation>ستُعاد المحاولة في المزامنة القادمة.</translation>
    </message>
    <message>
        <source>Inget nytt att skriva: den här datorns filer i mappen är aktuella.</source>
        <translation>لا جديد للكتابة: ملفات هذا الحاسوب في المجلد محدَّثة.</translation>
    </message>
    <message>
        <source>Den här datorns fil skrevs: %1 (besök: %2, poster: %3).</source>
        <translation>كُتب ملف هذا الحاسوب: %1 (الزيارات: %2، الإدخالات: %3).</translation>
    </message>
    <message>
        <source>%1 (i filen)</source>
        <translation>%1 (في الملف)</translation>
    </message>
    <message>
        <source>%1 (den här datorn)</source>
        <translation>%1 (هذا الحاسوب)</translation>
    </message>
    <message>
        <source>den här datorn – senast skriven</source>
        <translation>هذا الحاسوب – آخر كتابة</translation>
    </message>
    <message>
        <source>Fil: %1</source>
        <translation>الملف: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Ändringen som förlorade: %1</source>
        <translation>التعديل المُهمَل: %1</translation>
    </message>
    <message>
        <source>Ändringen som behölls: %1</source>
        <translation>التعديل المحتفَظ به: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>samma värden på båda datorerna</source>
        <translation>القيم نفسها على الحاسوبين</translation>
    </message>
</context>
<context>
    <name>TallyButton</name>
    <message>
        <source>[⇧%1] ny</source>
        <translation>[⇧%1] جديد</translation>
    </message>
    <message>
        <source>%1, %2 år: %3 besök. Klicka eller tryck %4 för att räkna ett till; med Skift räknas en ny besökare (första gången i säsongen).</source>
        <translation>%1، %2 سنة: %3 زيارة. انقر أو اضغط %4 لعدّ زيارة أخرى؛ ومع Shift يُعدّ زائر جديد (أول مرة في الموسم).</translation>
    </message>
    <message>
        <source>%1, %2 år: %3 besök. Klicka för att räkna ett till; Skift+klick räknar en ny besökare (första gången i säsongen).</source>
        <translation>%1، %2 سنة: %3 زيارة. انقر لعدّ زيارة أخرى؛ وShift+نقر يعدّ زائرًا جديدًا (أول مرة في الموسم).</translation>
    </message>
</context>
<context>
    <name>TallyGrid</name>
    <message>
        <source>%1 år</source>
        <translation>%1 سنة</translation>
    </message>
    <message>
        <source>Ta bort ett besök: %1, %2 år</source>
        <translation>إزالة زيارة: %1، %2 سنة</translation>
    </message>
</context>
<context>
    <name>TeamBox</name>
    <message>
        <source>Laget</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Den här datorn är inte med i något lag än. Datorerna i ett lag delar besök, aktiviteter och register med varandra (aldrig anmälningar med namn).</source>
        <translation>هذا الحاسوب ليس في أي فريق بعد. حواسيب الفريق تتشارك الزيارات والأنشطة والسجل (وليس التسجيلات بالأسماء أبدًا).</translation>
    </message>
    <message>
        <source>Skapa ett lag…</source>
        <translation>إنشاء فريق…</translation>
    </message>
    <message>
        <source>Skapa ett lag på samordnarens dator</source>
        <translation>إنشاء فريق على حاسوب المنسّق</translation>
    </message>
    <message>
        <source>Gå med i ett lag…</source>
        <translation>الانضمام إلى فريق…</translation>
    </message>
    <message>
        <source>Gå med i ett lag med lagkoden</source>
        <translation>الانضمام إلى فريق برمز الفريق</translation>
    </message>
    <message>
        <source>På samordnarens dator, en gång: ger laget dess kod.</source>
        <translation>على حاسوب المنسّق، مرة واحدة: يعطي الفريق رمزه.</translation>
    </message>
    <message>
        <source>På de andra datorerna: skriv lagkoden.</source>
        <translation>على الحواسيب الأخرى: اكتب رمز الفريق.</translation>
    </message>
    <message>
        <source>Den här datorn:</source>
        <translation>هذا الحاسوب:</translation>
    </message>
    <message>
        <source>Den här datorns namn</source>
        <translation>اسم هذا الحاسوب</translation>
    </message>
    <message>
        <source>Byt namn…</source>
        <translation>إعادة التسمية…</translation>
    </message>
    <message>
        <source>Byt namn på den här datorn</source>
        <translation>إعادة تسمية هذا الحاسوب</translation>
    </message>
    <message>
        <source>Lagkod:</source>
        <translation>رمز الفريق:</translation>
    </message>
    <message>
        <source>Lagkod</source>
        <translation>رمز الفريق</translation>
    </message>
    <message>
        <source>Kopiera</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Kopiera lagkoden</source>
        <translation>نسخ رمز الفريق</translation>
    </message>
    <message>
        <source>Spara som PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Spara lagkoden som PDF att skriva ut</source>
        <translation>حفظ رمز الفريق بصيغة PDF للطباعة</translation>
    </message>
    <message>
        <source>Lämna laget…</source>
        <translation>مغادرة الفريق…</translation>
    </message>
    <message>
        <source>Dölj koden</source>
        <translation>إخفاء الرمز</translation>
    </message>
    <message>
        <source>Dölj lagkoden</source>
        <translation>إخفاء رمز الفريق</translation>
    </message>
    <message>
        <source>Visa koden</source>
        <translation>إظهار الرمز</translation>
    </message>
    <message>
        <source>Visa lagkoden (samordnaren)</source>
        <translation>إظهار رمز الفريق (المنسّق)</translation>
    </message>
    <message>
        <source>Lagkoden får bara samordnaren se.</source>
        <translation>المنسّق وحده يمكنه رؤية رمز الفريق.</translation>
    </message>
    <message>
        <source>Ett lag får bara samordnaren skapa.</source>
        <translation>المنسّق وحده يمكنه إنشاء فريق.</translation>
    </message>
    <message>
        <source>Laget är skapat. Ge lagkoden till de andra datorerna, till exempel som utskriven PDF.</source>
        <translation>تم إنشاء الفريق. أعطِ رمز الفريق للحواسيب الأخرى، مثلًا كملف PDF مطبوع.</translation>
    </message>
    <message>
        <source>Den här datorn är med i laget. Välj samma mapp som de andra och synka.</source>
        <translation>هذا الحاسوب في الفريق. اختر المجلد نفسه الذي يستخدمه الآخرون وقم بالمزامنة.</translation>
    </message>
    <message>
        <source>Namnet är sparat; de andra ser det efter nästa synk.</source>
        <translation>تم حفظ الاسم؛ سيراه الآخرون بعد المزامنة القادمة.</translation>
    </message>
    <message>
        <source>Lagkoden är kopierad.</source>
        <translation>تم نسخ رمز الفريق.</translation>
    </message>
    <message>
        <source>Spara lagkoden</source>
        <translation>حفظ رمز الفريق</translation>
    </message>
    <message>
        <source>Sparar lagkoden…</source>
        <translation>جارٍ حفظ رمز الفريق…</translation>
    </message>
    <message>
        <source>Laget får bara samordnaren lämna.</source>
        <translation>المنسّق وحده يمكنه مغادرة الفريق.</translation>
    </message>
    <message>
        <source>Lämna laget</source>
        <translation>مغادرة الفريق</translation>
    </message>
    <message>
        <source>Lämna laget? Den här datorn slutar då synka med de andra. Allt som redan finns här stannar kvar, och datorn kan gå med igen med lagkoden.</source>
        <translation>مغادرة الفريق؟ سيتوقف هذا الحاسوب عن المزامنة مع الآخرين. كل ما هو موجود هنا يبقى، ويمكن للحاسوب الانضمام مجددًا برمز الفريق.</translation>
    </message>
    <message>
        <source>Den här datorn har lämnat laget.</source>
        <translation>غادر هذا الحاسوب الفريق.</translation>
    </message>
</context>
<context>
    <name>TemplateUse</name>
    <message>
        <source>Redan tillagd</source>
        <translation>مُضاف مسبقًا</translation>
    </message>
    <message>
        <source>”%1” finns redan den %2 på den här platsen. Lägga till en aktivitet till?</source>
        <translation>«%1» موجود مسبقًا يوم %2 في هذا الموقع. هل تضيف نشاطًا آخر؟</translation>
    </message>
    <message>
        <source>&amp;Ja, lägg till en till</source>
        <translation>&amp;نعم، أضف نشاطًا آخر</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>%1, %2 %3–%4 (%5)</source>
        <translation>%1، %2 %3–%4 (%5)</translation>
    </message>
    <message>
        <source>Mallar för veckans aktiviteter</source>
        <translation>قوالب الأنشطة الأسبوعية</translation>
    </message>
    <message>
        <source>Mallar</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <source>&amp;Mallar som finns:</source>
        <translation>&amp;القوالب الموجودة:</translation>
    </message>
    <message>
        <source>Ä&amp;ndra…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Ändra vald mall</source>
        <translation>تعديل القالب المحدد</translation>
    </message>
    <message>
        <source>Ta &amp;bort mall</source>
        <translation>&amp;حذف القالب</translation>
    </message>
    <message>
        <source>Ta bort vald mall</source>
        <translation>حذف القالب المحدد</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Stäng mallarna</source>
        <translation>إغلاق القوالب</translation>
    </message>
    <message>
        <source>Ny mall</source>
        <translation>قالب جديد</translation>
    </message>
    <message>
        <source>Mallens titel</source>
        <translation>عنوان القالب</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>Veckodag</source>
        <translation>يوم الأسبوع</translation>
    </message>
    <message>
        <source>Starttid</source>
        <translation>وقت البدء</translation>
    </message>
    <message>
        <source>Sluttid</source>
        <translation>وقت الانتهاء</translation>
    </message>
    <message>
        <source>&amp;Veckodag och tid:</source>
        <translation>&amp;يوم الأسبوع والوقت:</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>&amp;Plats:</source>
        <translation>&amp;الموقع:</translation>
    </message>
    <message>
        <source>Aktivitetstyp</source>
        <translation>نوع النشاط</translation>
    </message>
    <message>
        <source>Välj typ…</source>
        <translation>اختر نوعًا…</translation>
    </message>
    <message>
        <source>T&amp;yp:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <source>Arrangör</source>
        <translation>الجهة المنظِّمة</translation>
    </message>
    <message>
        <source>&amp;Arrangör:</source>
        <translation>&amp;الجهة المنظِّمة:</translation>
    </message>
    <message>
        <source>Antal ledare</source>
        <translation>عدد القادة</translation>
    </message>
    <message>
        <source>Antal &amp;ledare:</source>
        <translation>عدد &amp;القادة:</translation>
    </message>
    <message>
        <source>&amp;Kunskapsutbyte</source>
        <translation>&amp;تبادل المعرفة</translation>
    </message>
    <message>
        <source>Kunskapsutbyte mellan aktörer: staden, föreningar, boende.</source>
        <translation>تبادل المعرفة بين الجهات: المدينة، الجمعيات، السكان.</translation>
    </message>
    <message>
        <source>Lägg till mall</source>
        <translation>إضافة قالب</translation>
    </message>
    <message>
        <source>Lägg till mallen</source>
        <translation>إضافة القالب</translation>
    </message>
    <message>
        <source>Avbryt ändringen</source>
        <translation>إلغاء التعديل</translation>
    </message>
    <message>
        <source>Avbryt ändringen av mallen</source>
        <translation>إلغاء تعديل القالب</translation>
    </message>
    <message>
        <source>Mallen finns inte längre.</source>
        <translation>القالب لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Ändra mall: %1</source>
        <translation>تعديل القالب: %1</translation>
    </message>
    <message>
        <source>Spara ändringen</source>
        <translation>حفظ التعديل</translation>
    </message>
    <message>
        <source>Spara ändringen av mallen</source>
        <translation>حفظ تعديل القالب</translation>
    </message>
    <message>
        <source>Skriv en titel för mallen.</source>
        <translation>اكتب عنوانًا للقالب.</translation>
    </message>
    <message>
        <source>Sluttiden måste vara efter starttiden.</source>
        <translation>يجب أن يكون وقت الانتهاء بعد وقت البدء.</translation>
    </message>
    <message>
        <source>Välj en aktivitetstyp.</source>
        <translation>اختر نوع نشاط.</translation>
    </message>
    <message>
        <source>Välj en plats.</source>
        <translation>اختر موقعًا.</translation>
    </message>
    <message>
        <source>”%1” finns inte i registret. Välj en organisation i listan.</source>
        <translation>&quot;%1&quot; غير موجود في السجل. اختر منظمة من القائمة.</translation>
    </message>
    <message>
        <source>Ta bort mall</source>
        <translation>حذف القالب</translation>
    </message>
    <message>
        <source>Ta bort mallen ”%1”? Aktiviteter som redan skapats finns kvar.</source>
        <translation>حذف القالب «%1»؟ الأنشطة التي أُنشئت من قبل تبقى.</translation>
    </message>
</context>
<context>
    <name>TodayActivities</name>
    <message>
        <source>Dagens aktiviteter</source>
        <translation>أنشطة اليوم</translation>
    </message>
    <message>
        <source>Ny aktivitet…</source>
        <translation>نشاط جديد…</translation>
    </message>
    <message>
        <source>Anmälningar…</source>
        <translation>التسجيلات…</translation>
    </message>
    <message>
        <source>Anmälningar till vald aktivitet</source>
        <translation>التسجيلات في النشاط المحدد</translation>
    </message>
    <message>
        <source>Barnen som anmält sig till vald aktivitet, och listan att skriva ut</source>
        <translation>الأطفال المسجَّلون في النشاط المحدد، والقائمة للطباعة</translation>
    </message>
    <message>
        <source>%1–%2  %3 (%4 deltagare)</source>
        <translation>%1–%2  %3 (%4 مشارك)</translation>
    </message>
    <message>
        <source>%1, %2 %3–%4</source>
        <translation>%1، %2 %3–%4</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Lägg till %1 idag</source>
        <translation>إضافة %1 اليوم</translation>
    </message>
    <message>
        <source>Aktivitet</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Anmälningar till tidigare aktiviteter får bara samordnaren se.</source>
        <translation>المنسّق وحده يمكنه رؤية التسجيلات في الأنشطة السابقة.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Plats</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Idag</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Gå till idag</source>
        <translation>الذهاب إلى اليوم</translation>
    </message>
    <message>
        <source>Ledare i tjänst</source>
        <translation>القائد المناوب</translation>
    </message>
    <message>
        <source>&amp;Plats:</source>
        <translation>&amp;الموقع:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;التاريخ:</translation>
    </message>
    <message>
        <source>&amp;Ledare i tjänst:</source>
        <translation>&amp;القائد المناوب:</translation>
    </message>
    <message>
        <source>⇧ Skift + tangent eller klick = ny besökare (första gången i säsongen)</source>
        <translation>⇧ Shift + مفتاح أو نقرة = زائر جديد (أول مرة في الموسم)</translation>
    </message>
    <message>
        <source>Ångra senaste (Ctrl+Z)</source>
        <translation>تراجع عن الأخير (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Ångra senaste besöket</source>
        <translation>تراجع عن آخر زيارة</translation>
    </message>
    <message>
        <source>Senast sparat</source>
        <translation>آخر ما حُفظ</translation>
    </message>
    <message>
        <source>Besök idag</source>
        <translation>زيارات اليوم</translation>
    </message>
    <message>
        <source>Nya besökare idag</source>
        <translation>الزوار الجدد اليوم</translation>
    </message>
    <message>
        <source>Dagens besök</source>
        <translation>زيارات اليوم</translation>
    </message>
    <message>
        <source>Besök per timme</source>
        <translation>الزيارات حسب الساعة</translation>
    </message>
    <message>
        <source>Sparas strax (%1 väntar): programmet startar…</source>
        <translation>سيُحفظ بعد لحظة (%1 في الانتظار): البرنامج يبدأ التشغيل…</translation>
    </message>
    <message>
        <source>(välj ledare)</source>
        <translation>(اختر القائد)</translation>
    </message>
    <message>
        <source>Dagboken kunde inte sparas, så dagen byts inte än. %1</source>
        <translation>تعذّر حفظ سجل اليوم، لذلك لن يتغير اليوم بعد. %1</translation>
    </message>
    <message>
        <source>Besöket sparades INTE – %1</source>
        <translation>الزيارة لم تُحفظ – %1</translation>
    </message>
    <message>
        <source>besök</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <source>nytt besök</source>
        <translation>زيارة جديدة</translation>
    </message>
    <message>
        <source>Sparat: %1, %2 år, ny (första gången i säsongen).</source>
        <translation>تم الحفظ: %1، %2 سنة، جديد (أول مرة في الموسم).</translation>
    </message>
    <message>
        <source>Sparat: %1, %2 år.</source>
        <translation>تم الحفظ: %1، %2 سنة.</translation>
    </message>
    <message>
        <source>Det finns inget besök att ta bort i den rutan.</source>
        <translation>لا توجد زيارة لإزالتها في هذا المربع.</translation>
    </message>
    <message>
        <source>Rättelsen sparades INTE – %1</source>
        <translation>التصحيح لم يُحفظ – %1</translation>
    </message>
    <message>
        <source>rättelse</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <source>Ett besök borttaget: %1, %2 år, ny (första gången i säsongen).</source>
        <translation>حُذفت زيارة: %1، %2 سنة، جديد (أول مرة في الموسم).</translation>
    </message>
    <message>
        <source>Ett besök borttaget: %1, %2 år.</source>
        <translation>أُزيلت زيارة: %1، %2 سنة.</translation>
    </message>
    <message>
        <source>Ångrandet sparades INTE – %1</source>
        <translation>التراجع لم يُحفظ – %1</translation>
    </message>
    <message>
        <source>Det gick inte att läsa eller spara – %1</source>
        <translation>تعذّرت القراءة أو الحفظ – %1</translation>
    </message>
    <message>
        <source>⌨ Tangenterna räknar besök</source>
        <translation>⌨ المفاتيح تعدّ الزيارات</translation>
    </message>
    <message>
        <source>Du skriver i ett fält: tangenterna skriver text. Tryck Esc eller klicka på rutorna för att räkna igen.</source>
        <translation>أنت تكتب في حقل: المفاتيح تكتب نصًا. اضغط Esc أو انقر على المربعات لتعود إلى العدّ.</translation>
    </message>
    <message>
        <source>Tangenterna räknar inte just nu</source>
        <translation>المفاتيح لا تعدّ الآن</translation>
    </message>
    <message>
        <source>Du ändrar en dag som är mer än en vecka gammal (samordnaren har låst upp).</source>
        <translation>أنت تعدّل يومًا مضى عليه أكثر من أسبوع (فتحه المنسّق).</translation>
    </message>
    <message>
        <source>%1 år: %2</source>
        <translation>%1&#xa0;سنة:&#xa0;%2</translation>
    </message>
    <message>
        <source>Varav nya (första gången i säsongen): %1</source>
        <translation>منهم جدد (أول مرة في الموسم): %1</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Långsiktig närvaro, samverkan och samordning</source>
        <translation>حضور طويل الأمد، وتعاون وتنسيق</translation>
    </message>
    <message>
        <source>Lokal organisering och egenmakt</source>
        <translation>التنظيم المحلي والتمكين</translation>
    </message>
    <message>
        <source>Mötesplatsutveckling</source>
        <translation>تطوير أماكن اللقاء</translation>
    </message>
    <message>
        <source>Barn och ungas utveckling och fritid</source>
        <translation>تنمية الأطفال والشباب وأوقات فراغهم</translation>
    </message>
    <message>
        <source>Flicka</source>
        <translation>فتاة</translation>
    </message>
    <message>
        <source>Pojke</source>
        <translation>فتى</translation>
    </message>
    <message>
        <source>Annat</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Vill ej ange</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>förening</source>
        <translation>جمعية</translation>
    </message>
    <message>
        <source>idéburen organisation</source>
        <translation>منظمة غير ربحية</translation>
    </message>
    <message>
        <source>kommunal verksamhet</source>
        <translation>خدمة بلدية</translation>
    </message>
    <message>
        <source>informell grupp</source>
        <translation>مجموعة غير رسمية</translation>
    </message>
    <message>
        <source>näringsliv</source>
        <translation>قطاع الأعمال</translation>
    </message>
    <message>
        <source>akademi</source>
        <translation>الأوساط الأكاديمية</translation>
    </message>
    <message>
        <source>måndagar</source>
        <translation>أيام الاثنين</translation>
    </message>
    <message>
        <source>tisdagar</source>
        <translation>أيام الثلاثاء</translation>
    </message>
    <message>
        <source>onsdagar</source>
        <translation>أيام الأربعاء</translation>
    </message>
    <message>
        <source>torsdagar</source>
        <translation>أيام الخميس</translation>
    </message>
    <message>
        <source>fredagar</source>
        <translation>أيام الجمعة</translation>
    </message>
    <message>
        <source>lördagar</source>
        <translation>أيام السبت</translation>
    </message>
    <message>
        <source>söndagar</source>
        <translation>أيام الأحد</translation>
    </message>
    <message>
        <source>inomhus</source>
        <translation>داخلي</translation>
    </message>
    <message>
        <source>utomhus</source>
        <translation>خارجي</translation>
    </message>
    <message>
        <source>utflykt</source>
        <translation>رحلة</translation>
    </message>
    <message>
        <source>ungdomsledare</source>
        <translation>قائد الشباب</translation>
    </message>
    <message>
        <source>samordnare</source>
        <translation>المنسّق</translation>
    </message>
</context>
<context>
    <name>_EntryList</name>
    <message>
        <source>Ändra… (Enter)</source>
        <translation>تعديل… (Enter)</translation>
    </message>
    <message>
        <source>Ändra markerad rad</source>
        <translation>تعديل السطر المحدد</translation>
    </message>
    <message>
        <source>Ta bort… (Delete)</source>
        <translation>حذف… (Delete)</translation>
    </message>
    <message>
        <source>Ta bort markerad rad</source>
        <translation>حذف السطر المحدد</translation>
    </message>
</context>
<context>
    <name>_FollowUpDialog</name>
    <message>
        <source>Spara</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Avbryt utan att spara</source>
        <translation>إلغاء دون حفظ</translation>
    </message>
</context>
<context>
    <name>_TeamDialog</name>
    <message>
        <source>Avbryt</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Den här datorns namn</source>
        <translation>اسم هذا الحاسوب</translation>
    </message>
    <message>
        <source>till exempel Dörren i parken</source>
        <translation>مثلًا: باب الحديقة</translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message>
        <source>Denna vecka</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>Denna månad</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>Detta år</source>
        <translation>هذه السنة</translation>
    </message>
    <message>
        <source>Säsong: %1</source>
        <translation>الموسم: %1</translation>
    </message>
</context>
</TS>
