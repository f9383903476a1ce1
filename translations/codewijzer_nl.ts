<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AnswersFile</name>
    <message>
        <source>expected an option of &quot;%1&quot;, found %2</source>
        <translation>verwacht een optie van &quot;%1&quot;, maar vond %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of &quot;%2&quot; (its options: %3)</source>
        <translation>&quot;%1&quot; is geen optie van &quot;%2&quot; (de opties: %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes one option as a string, not an array</source>
        <translation>&quot;%1&quot; krijgt één optie als tekst, geen lijst</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes an array of options, found %2</source>
        <translation>&quot;%1&quot; krijgt een lijst met opties, maar vond %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; staat er twee keer in</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least %2 option(s); leave it out if you don&apos;t know</source>
        <translation>&quot;%1&quot; heeft minstens %2 optie(s) nodig; laat de vraag weg als je het niet weet</translation>
    </message>
    <message>
        <source>unknown question &quot;%1&quot;</source>
        <translation>onbekende vraag &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;: every answers file needs it</source>
        <translation>&quot;%1&quot; ontbreekt: elk antwoordenbestand heeft die nodig</translation>
    </message>
    <message>
        <source>expected a code id as a string, found %1</source>
        <translation>verwacht de id van een gedragscode als tekst, maar vond %1</translation>
    </message>
    <message>
        <source>expected the code&apos;s fingerprint as a string, found %1</source>
        <translation>verwacht de versiecode van de gedragscode als tekst, maar vond %1</translation>
    </message>
    <message>
        <source>expected an object of answers, found %1</source>
        <translation>verwacht een object met antwoorden, maar vond %1</translation>
    </message>
    <message>
        <source>missing &quot;answers&quot;</source>
        <translation>&quot;answers&quot; ontbreekt</translation>
    </message>
    <message>
        <source>expected a note as a string, found %1</source>
        <translation>verwacht een notitie als tekst, maar vond %1</translation>
    </message>
</context>
<context>
    <name>ArticlesCommand</name>
    <message>
        <source>list a code&apos;s articles: id, title and full text</source>
        <translation>toon de artikelen van een code: id, titel en volledige tekst</translation>
    </message>
    <message>
        <source>&quot;articles&quot; needs --code ID or --code-file PATH</source>
        <translation>&quot;articles&quot; heeft --code ID of --code-file PAD nodig</translation>
    </message>
    <message>
        <source>(--code ID | --code-file PATH) [--lang nl|en] [--format json|text]</source>
        <translation>(--code ID | --code-file PAD) [--lang nl|en] [--format json|text]</translation>
    </message>
</context>
<context>
    <name>AssessmentDocument</name>
    <message>
        <source>(more problems: %1)</source>
        <translation>(nog meer fouten: %1)</translation>
    </message>
    <message>
        <source>The file was made under the code &quot;%1&quot;, which is not available here. Open that school&apos;s own code file on the first page, then open this file again.</source>
        <translation>Het bestand is gemaakt met de gedragscode &quot;%1&quot;, en die is hier niet beschikbaar. Open eerst op de eerste pagina het codebestand van die school, en open daarna dit bestand opnieuw.</translation>
    </message>
    <message>
        <source>%1: the file does not say which code it was made under (&quot;code&quot;)</source>
        <translation>%1: het bestand zegt niet met welke gedragscode het is gemaakt (&quot;code&quot;)</translation>
    </message>
    <message>
        <source>This assessment was saved under another version of %1 (fingerprint %2; now %3). The rules have changed since: check the answers and the result again.</source>
        <translation>Deze beoordeling is opgeslagen met een andere versie van %1 (versiecode %2, nu %3). De regels zijn sindsdien veranderd. Kijk je antwoorden en het oordeel daarom opnieuw na.</translation>
    </message>
    <message>
        <source>This assessment was saved under another version of %1 (fingerprint %2; now %3). The result shows the verdict under both versions, and what made the difference.</source>
        <translation>Deze beoordeling is opgeslagen met een andere versie van %1 (versiecode %2, nu %3). Het resultaat laat het oordeel van allebei de versies zien, en wat het verschil maakt.</translation>
    </message>
    <message>
        <source>%1 is not the version this assessment was saved under: it is %2 with fingerprint %3, the assessment was saved under %4 with fingerprint %5.</source>
        <translation>%1 is niet de versie waarmee deze beoordeling is opgeslagen. Het is %2 met versiecode %3. De beoordeling is opgeslagen met %4, versiecode %5.</translation>
    </message>
</context>
<context>
    <name>CasesCommand</name>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>(--code ID | --code-file PATH | --session FILE) [--lang nl|en]
[--cases ID,ID,...] [--format json|text|html|pdf]
[--handout exercise|key] [--output FILE]</source>
        <translation>(--code ID | --code-file PAD | --session BESTAND) [--lang nl|en]
[--cases ID,ID,...] [--format json|text|html|pdf]
[--handout exercise|key] [--output BESTAND]</translation>
    </message>
    <message>
        <source>list a code&apos;s training cases with the verdict and articles
the code gives each; html and pdf make a handout: the answer
key (the default) or, with --handout exercise, the exercise
sheet without answers; --cases or a session file (--session)
choose the cases and their order</source>
        <translation>toont de casussen van een gedragscode, met het oordeel en de artikelen
bij elke casus; html en pdf maken een hand-out: het antwoordblad
(standaard) of, met --handout exercise, het oefenblad zonder
antwoorden; --cases of een sessiebestand (--session) kiest de
casussen en hun volgorde</translation>
    </message>
    <message>
        <source>--handout takes exercise or key, not &quot;%1&quot;</source>
        <translation>--handout kan exercise of key zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--handout goes with --format html or pdf</source>
        <translation>--handout hoort bij --format html of pdf</translation>
    </message>
    <message>
        <source>give --cases or --session, not both</source>
        <translation>geef --cases of --session, niet allebei</translation>
    </message>
    <message>
        <source>%1: the session is for the code &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>%1: de sessie hoort bij de gedragscode &quot;%2&quot;, niet bij &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: the code has changed since the session was saved (fingerprint %2, now %3)</source>
        <translation>%1: de gedragscode is veranderd sinds de sessie is opgeslagen (versiecode %2, nu %3)</translation>
    </message>
    <message>
        <source>--cases: &quot;%1&quot; is not a case of the code &quot;%2&quot;</source>
        <translation>--cases: &quot;%1&quot; is geen casus van de gedragscode &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--cases: &quot;%1&quot; is listed twice</source>
        <translation>--cases: &quot;%1&quot; staat er twee keer in</translation>
    </message>
    <message>
        <source>--cases needs at least one case id</source>
        <translation>--cases heeft minstens één casus nodig</translation>
    </message>
</context>
<context>
    <name>CasesFile</name>
    <message>
        <source>unknown verdict &quot;%1&quot; (verdicts: out_of_scope, go, conditions, check_first, stop)</source>
        <translation>onbekend oordeel &quot;%1&quot; (oordelen: out_of_scope, go, conditions, check_first, stop)</translation>
    </message>
    <message>
        <source>expected an article id (a string), found %1</source>
        <translation>verwacht de id van een artikel (een tekst), maar vond %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an article of code &quot;%2&quot;</source>
        <translation>&quot;%1&quot; is geen artikel van gedragscode &quot;%2&quot;</translation>
    </message>
    <message>
        <source>article &quot;%1&quot; is listed twice</source>
        <translation>artikel &quot;%1&quot; staat er twee keer in</translation>
    </message>
    <message>
        <source>answers &quot;%1&quot;, which the other answers leave unasked</source>
        <translation>beantwoordt &quot;%1&quot;, maar die vraag komt bij de andere antwoorden niet</translation>
    </message>
    <message>
        <source>case &quot;%1&quot; expects %2, but the rules give %3</source>
        <translation>casus &quot;%1&quot; verwacht %2, maar de regels geven %3</translation>
    </message>
    <message>
        <source>case &quot;%1&quot; expects the articles %2, but the rules cite %3</source>
        <translation>casus &quot;%1&quot; verwacht de artikelen %2, maar de regels noemen %3</translation>
    </message>
    <message>
        <source>expected a case object, found %1</source>
        <translation>verwacht een casus (een object), maar vond %1</translation>
    </message>
    <message>
        <source>an id uses lower-case letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only, found &quot;%1&quot;</source>
        <translation>een id bestaat alleen uit kleine letters, cijfers, &apos;-&apos;, &apos;_&apos; en &apos;.&apos;, maar vond &quot;%1&quot;</translation>
    </message>
    <message>
        <source>case &quot;%1&quot; appears twice</source>
        <translation>casus &quot;%1&quot; staat er twee keer in</translation>
    </message>
    <message>
        <source>expected &quot;format&quot;: &quot;codewijzer-cases&quot;</source>
        <translation>verwacht &quot;format&quot;: &quot;codewijzer-cases&quot;</translation>
    </message>
    <message>
        <source>this version of Codewijzer reads format version 1 only</source>
        <translation>deze versie van Codewijzer leest alleen formaatversie 1</translation>
    </message>
    <message>
        <source>these cases are for code &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>deze casussen horen bij gedragscode &quot;%1&quot;, niet bij &quot;%2&quot;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>case &quot;%1&quot; gives no answer to &quot;%2&quot;, which is asked and then counts as &quot;I don&apos;t know&quot;; the verdict depends on it</source>
        <translation>casus &quot;%1&quot; geeft geen antwoord op &quot;%2&quot;. Die vraag wordt gesteld en telt dan als &quot;Weet ik niet&quot;, en het oordeel hangt ervan af</translation>
    </message>
</context>
<context>
    <name>ChangeSummary</name>
    <message>
        <source>article %1</source>
        <translation>artikel %1</translation>
    </message>
    <message>
        <source>What changes for you</source>
        <translation>Wat verandert er voor jou</translation>
    </message>
    <message>
        <source>New version: %1 (fingerprint %2). Until now: version %3 (fingerprint %4).</source>
        <translation>Nieuwe versie: %1 (versiecode %2). Tot nu toe: versie %3 (versiecode %4).</translation>
    </message>
    <message>
        <source>The code of conduct has changed. Here you read what that means for what you do on social media. The articles are in the code of conduct itself.</source>
        <translation>De gedragscode is veranderd. Hier lees je wat dat betekent voor wat je op sociale media doet. De artikelen staan in de gedragscode zelf.</translation>
    </message>
    <message>
        <source>New article %1: %2</source>
        <translation>Nieuw artikel %1: %2</translation>
    </message>
    <message>
        <source>What is new</source>
        <translation>Wat is nieuw</translation>
    </message>
    <message>
        <source>Nothing is new.</source>
        <translation>Er is niets nieuws.</translation>
    </message>
    <message>
        <source>Until now: %1. Now: %2.</source>
        <translation>Tot nu toe: %1. Nu: %2.</translation>
    </message>
    <message>
        <source>For example:</source>
        <translation>Bijvoorbeeld:</translation>
    </message>
    <message>
        <source>What is now stricter</source>
        <translation>Wat is nu strenger</translation>
    </message>
    <message>
        <source>Of all %2 combinations of answers, %1 now get a stricter verdict.</source>
        <translation>Van alle %2 combinaties van antwoorden krijgen er nu %1 een strenger oordeel.</translation>
    </message>
    <message>
        <source>Nothing is stricter now.</source>
        <translation>Er is niets strenger geworden.</translation>
    </message>
    <message>
        <source>What is now allowed</source>
        <translation>Wat mag nu wel</translation>
    </message>
    <message>
        <source>Of all %2 combinations of answers, %1 now get a less strict verdict.</source>
        <translation>Van alle %2 combinaties van antwoorden krijgen er nu %1 een minder streng oordeel.</translation>
    </message>
    <message>
        <source>Nothing that was not allowed is allowed now.</source>
        <translation>Er mag niets wat eerst niet mocht.</translation>
    </message>
    <message>
        <source>Other advice</source>
        <translation>Ander advies</translation>
    </message>
    <message>
        <source>Of all %2 combinations of answers, %1 keep their verdict but get other advice.</source>
        <translation>Van alle %2 combinaties van antwoorden houden er %1 hun oordeel, maar met ander advies.</translation>
    </message>
    <message>
        <source>Article %1 (%2) is no longer in the code of conduct.</source>
        <translation>Artikel %1 (%2) staat niet meer in de gedragscode.</translation>
    </message>
    <message>
        <source>Article %1: %2</source>
        <translation>Artikel %1: %2</translation>
    </message>
    <message>
        <source>until now article %1</source>
        <translation>tot nu toe artikel %1</translation>
    </message>
    <message>
        <source>What the text says differently</source>
        <translation>Wat er anders in de tekst staat</translation>
    </message>
    <message>
        <source>New words are underlined. Words that are gone are struck through.</source>
        <translation>Nieuwe woorden zijn onderstreept. Woorden die weg zijn, zijn doorgestreept.</translation>
    </message>
    <message>
        <source>Not sure what this means for you? Ask your supervisor.</source>
        <translation>Weet je niet zeker wat dit voor jou betekent? Vraag het je leidinggevende.</translation>
    </message>
</context>
<context>
    <name>CodeCatalogue</name>
    <message>
        <source>unknown code &quot;%1&quot; (built-in codes: %2)</source>
        <translation>onbekende gedragscode &quot;%1&quot; (ingebouwde gedragscodes: %2)</translation>
    </message>
    <message>
        <source>no code chosen</source>
        <translation>geen gedragscode gekozen</translation>
    </message>
    <message>
        <source>it never applies: no combination of answers meets its &quot;when&quot;</source>
        <translation>die geldt nooit: geen enkele combinatie van antwoorden past bij de &quot;when&quot;</translation>
    </message>
    <message>
        <source>article &quot;%1&quot; is cited by no rule that applies; cite it, or say why not under &quot;notCited&quot;</source>
        <translation>artikel &quot;%1&quot; wordt door geen enkele regel genoemd die geldt; noem het in een regel, of zeg onder &quot;notCited&quot; waarom niet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the id of a built-in code; a school&apos;s own code needs an id of its own</source>
        <translation>&quot;%1&quot; is de id van een ingebouwde gedragscode; de eigen gedragscode van een school heeft een eigen id nodig</translation>
    </message>
    <message>
        <source>it applies in %1 of the combinations but never matters: its out-of-scope advice is only given where no other rule applies, and another rule always does</source>
        <translation>die geldt in %1 van de combinaties, maar doet er nooit toe: advies &apos;valt buiten de gedragscode&apos; krijg je alleen als geen andere regel geldt, en er geldt altijd een andere regel</translation>
    </message>
    <message>
        <source>it applies in %1 of the combinations but never matters: wherever it applies, another rule gives the same advice and articles, as strict or stricter</source>
        <translation>die geldt in %1 van de combinaties, maar doet er nooit toe: overal waar hij geldt, geeft een andere regel hetzelfde advies met dezelfde artikelen, even streng of strenger</translation>
    </message>
    <message>
        <source>this exception lowers nothing: it never applies where rule &quot;%1&quot; applies</source>
        <translation>deze uitzondering verlaagt niets: ze geldt nooit waar regel &quot;%1&quot; geldt</translation>
    </message>
</context>
<context>
    <name>CodeFile</name>
    <message>
        <source>expected a date as YYYY-MM-DD, found &quot;%1&quot;</source>
        <translation>verwacht een datum als JJJJ-MM-DD, maar vond &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &quot;format&quot;: &quot;codewijzer-code&quot;</source>
        <translation>verwacht &quot;format&quot;: &quot;codewijzer-code&quot;</translation>
    </message>
    <message>
        <source>this version of Codewijzer reads format version 1 only</source>
        <translation>deze versie van Codewijzer leest alleen formaatversie 1</translation>
    </message>
    <message>
        <source>an id uses lower-case letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only, found &quot;%1&quot;</source>
        <translation>een id bestaat alleen uit kleine letters, cijfers, &apos;-&apos;, &apos;_&apos; en &apos;.&apos;, maar vond &quot;%1&quot;</translation>
    </message>
    <message>
        <source>contact &quot;%1&quot; appears twice</source>
        <translation>contactpersoon &quot;%1&quot; staat er twee keer in</translation>
    </message>
    <message>
        <source>a code needs at least one article</source>
        <translation>een gedragscode heeft minstens één artikel nodig</translation>
    </message>
    <message>
        <source>at most %1 articles</source>
        <translation>hoogstens %1 artikelen</translation>
    </message>
    <message>
        <source>expected an article object, found %1</source>
        <translation>verwacht een artikel (een object), maar vond %1</translation>
    </message>
    <message>
        <source>an article id is one line of letters, digits and punctuation without spaces at either end, found &quot;%1&quot;</source>
        <translation>de id van een artikel is één regel met letters, cijfers en leestekens, zonder spatie aan het begin of eind, maar vond &quot;%1&quot;</translation>
    </message>
    <message>
        <source>article &quot;%1&quot; appears twice</source>
        <translation>artikel &quot;%1&quot; staat er twee keer in</translation>
    </message>
    <message>
        <source>a code needs at least one rule</source>
        <translation>een gedragscode heeft minstens één regel nodig</translation>
    </message>
    <message>
        <source>%1 rules; a code may have at most %2</source>
        <translation>%1 regels; een gedragscode mag er hoogstens %2 hebben</translation>
    </message>
    <message>
        <source>expected a rule object, found %1</source>
        <translation>verwacht een regel (een object), maar vond %1</translation>
    </message>
    <message>
        <source>rule id &quot;%1&quot; appears twice</source>
        <translation>regel-id &quot;%1&quot; staat er twee keer in</translation>
    </message>
    <message>
        <source>missing &quot;when&quot; (use true for a rule that always applies)</source>
        <translation>&quot;when&quot; ontbreekt (gebruik true voor een regel die altijd geldt)</translation>
    </message>
    <message>
        <source>a rule needs at least one article</source>
        <translation>een regel heeft minstens één artikel nodig</translation>
    </message>
    <message>
        <source>unknown article &quot;%1&quot;</source>
        <translation>onbekend artikel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>article &quot;%1&quot; is listed twice</source>
        <translation>artikel &quot;%1&quot; staat er twee keer in</translation>
    </message>
    <message>
        <source>a rule needs at least one contact</source>
        <translation>een regel heeft minstens één contactpersoon nodig</translation>
    </message>
    <message>
        <source>unknown contact &quot;%1&quot;</source>
        <translation>onbekende contactpersoon &quot;%1&quot;</translation>
    </message>
    <message>
        <source>contact &quot;%1&quot; is listed twice</source>
        <translation>contactpersoon &quot;%1&quot; staat er twee keer in</translation>
    </message>
    <message>
        <source>unknown verdict &quot;%1&quot; (verdicts: out_of_scope, go, conditions, check_first, stop)</source>
        <translation>onbekend oordeel &quot;%1&quot; (oordelen: out_of_scope, go, conditions, check_first, stop)</translation>
    </message>
    <message>
        <source>a &quot;}&quot; without its &quot;{&quot; (placeholders: %1)</source>
        <translation>een &quot;}&quot; zonder &quot;{&quot; ervoor (invulplekken: %1)</translation>
    </message>
    <message>
        <source>a &quot;{&quot; without its &quot;}&quot; (placeholders: %1)</source>
        <translation>een &quot;{&quot; zonder &quot;}&quot; erna (invulplekken: %1)</translation>
    </message>
    <message>
        <source>unknown placeholder &quot;{%1}&quot; (placeholders: %2)</source>
        <translation>onbekende invulplek &quot;{%1}&quot; (invulplekken: %2)</translation>
    </message>
    <message>
        <source>expected a draft object, found %1</source>
        <translation>verwachtte een object voor een concept, vond %1</translation>
    </message>
    <message>
        <source>draft &quot;%1&quot; appears twice</source>
        <translation>concept &quot;%1&quot; staat er twee keer in</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (kinds: message, line)</source>
        <translation>onbekende soort &quot;%1&quot; (soorten: message, line)</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot;</source>
        <translation>onbekende regel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a draft needs at least one rule it serves</source>
        <translation>een concept heeft minstens één regel nodig waar het bij hoort</translation>
    </message>
    <message>
        <source>a draft needs at least one article</source>
        <translation>een concept heeft minstens één artikel nodig</translation>
    </message>
    <message>
        <source>article &quot;%1&quot; is cited by none of the draft&apos;s rules</source>
        <translation>artikel &quot;%1&quot; wordt door geen van de regels van het concept genoemd</translation>
    </message>
    <message>
        <source>a line has no &quot;to&quot; or &quot;subject&quot;: it goes in the post itself</source>
        <translation>een zin heeft geen &quot;to&quot; of &quot;subject&quot;: die komt in het bericht zelf</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; is listed twice</source>
        <translation>regel &quot;%1&quot; staat er twee keer in</translation>
    </message>
    <message>
        <source>expected a fingerprint of 12 digits and letters a-f, found %1</source>
        <translation>verwacht een versiecode van 12 cijfers en letters a-f, maar vond %1</translation>
    </message>
    <message>
        <source>fingerprint &quot;%1&quot; is listed twice</source>
        <translation>versiecode &quot;%1&quot; staat er twee keer in</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) have no English (&quot;en&quot;): the English screens show the Dutch, marked as the code&apos;s own wording</source>
        <translation>
            <numerusform>%n tekst heeft geen Engels (&quot;en&quot;): de Engelse schermen tonen het Nederlands, gemarkeerd als de eigen tekst van de gedragscode</numerusform>
            <numerusform>%n teksten hebben geen Engels (&quot;en&quot;): de Engelse schermen tonen het Nederlands, gemarkeerd als de eigen tekst van de gedragscode</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (a status is &quot;concept&quot; or &quot;vastgesteld&quot;)</source>
        <translation>onbekende status &quot;%1&quot; (een status is &quot;concept&quot; of &quot;vastgesteld&quot;)</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>verwacht true of false, maar gevonden: %1</translation>
    </message>
    <message>
        <source>unknown question &quot;%1&quot;: did you mean &quot;%2&quot;?</source>
        <translation>onbekende vraag &quot;%1&quot;: bedoel je &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>unknown question &quot;%1&quot; (questions: %2)</source>
        <translation>onbekende vraag &quot;%1&quot; (de vragen zijn: %2)</translation>
    </message>
    <message>
        <source>expected an object with &quot;help&quot;, found %1</source>
        <translation>verwacht een object met &quot;help&quot;, maar vond %1</translation>
    </message>
    <message>
        <source>this code never asks question &quot;%1&quot; (no rule looks at it): its help text is not shown</source>
        <translation>deze gedragscode stelt de vraag &quot;%1&quot; nooit (geen regel kijkt ernaar): de uitleg bij deze vraag komt dus nergens in beeld</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot;: &quot;exceptionTo&quot; names another rule of this file</source>
        <translation>onbekende regel &quot;%1&quot;: bij &quot;exceptionTo&quot; hoort een andere regel uit dit bestand</translation>
    </message>
    <message>
        <source>a rule cannot be an exception to itself</source>
        <translation>een regel kan geen uitzondering op zichzelf zijn</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; is an exception itself, and an exception to an exception is not possible: name the rule it lowers</source>
        <translation>regel &quot;%1&quot; is zelf een uitzondering, en een uitzondering op een uitzondering kan niet: noem de regel die ze verlaagt</translation>
    </message>
    <message>
        <source>an exception lowers the verdict: its verdict &quot;%1&quot; must be less strict than &quot;%2&quot; of rule &quot;%3&quot;</source>
        <translation>een uitzondering verlaagt het oordeel: het oordeel &quot;%1&quot; moet minder streng zijn dan &quot;%2&quot; van regel &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>CodeFileProblemDialog</name>
    <message>
        <source>The code file cannot be used</source>
        <translation>Het codebestand is niet te gebruiken</translation>
    </message>
    <message>
        <source>Ask your school&apos;s IT staff to correct the file. Until then you can use one of the built-in codes.</source>
        <translation>Vraag de ICT-afdeling van je school om het bestand te verbeteren. Tot dan kun je een van de ingebouwde gedragscodes gebruiken.</translation>
    </message>
    <message>
        <source>&amp;Built-in code:</source>
        <translation>&amp;Ingebouwde gedragscode:</translation>
    </message>
    <message>
        <source>&amp;Use this built-in code</source>
        <translation>Deze ingebouwde gedragscode &amp;gebruiken</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
</context>
<context>
    <name>CodeText</name>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisatie: %1</translation>
    </message>
    <message>
        <source>Adopted: %1</source>
        <translation>Vastgesteld: %1</translation>
    </message>
    <message>
        <source>In force: %1</source>
        <translation>In werking: %1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Versie: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Versiecode: %1</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation>Advies: %1</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Casus: %1</translation>
    </message>
    <message>
        <source>Codewijzer: %1, the whole code</source>
        <translation>Codewijzer: %1, de hele gedragscode</translation>
    </message>
    <message>
        <source>No rule cites this article: %1</source>
        <translation>Geen regel noemt dit artikel: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>er staat geen reden bij</translation>
    </message>
    <message>
        <source>The situations it governs:</source>
        <translation>De situaties waar dit artikel over gaat:</translation>
    </message>
</context>
<context>
    <name>CodesCommand</name>
    <message>
        <source>list the built-in codes</source>
        <translation>toon de ingebouwde codes</translation>
    </message>
    <message>
        <source>adopted %1</source>
        <translation>vastgesteld %1</translation>
    </message>
    <message>
        <source>[--lang nl|en] [--format json|text]</source>
        <translation>[--lang nl|en] [--format json|text]</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>no command given</source>
        <translation>geen opdracht gegeven</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>onbekende opdracht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>optie --%1 heeft een waarde nodig</translation>
    </message>
    <message>
        <source>unknown option --%1 for &quot;%2&quot;</source>
        <translation>onbekende optie --%1 bij &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--lang takes nl or en, not &quot;%1&quot;</source>
        <translation>--lang kan nl of en zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give --code or --code-file, not both</source>
        <translation>geef --code of --code-file, niet allebei</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no file</source>
        <translation>&quot;%1&quot; werkt zonder bestand</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes one answers file (or - for standard input)</source>
        <translation>&quot;%1&quot; vraagt één antwoordenbestand (of - om van stdin te lezen)</translation>
    </message>
    <message>
        <source>--format pdf needs --output FILE</source>
        <translation>--format pdf vraagt --output BESTAND</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>--format takes %1, not &quot;%2&quot;</source>
        <translation>--format kan %1 zijn, niet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Usage: codewijzer-cli COMMAND [OPTIONS]

Checks a social-media action against a school&apos;s code of conduct.

Commands:
</source>
        <translation>Gebruik: codewijzer-cli COMMAND [OPTIES]

Toetst een actie op sociale media aan de gedragscode van een school.

Opdrachten:
</translation>
    </message>
    <message>
        <source>
Options:
  --code ID         a built-in code: dunamare or mondia
  --code-file PATH  a school&apos;s own code file
  --lang nl|en      the language of texts (default: nl)
  --format json|text  the output format (default: json)
  --output FILE     write to FILE (replaced whole or not at all) instead of
                    standard output
  --help            show this help
  --version         show the version

Exit codes: 0 success, 1 verify found a problem, 2 bad input, 64 bad usage.
</source>
        <translation>
Opties:
  --code ID         een ingebouwde code: dunamare of mondia
  --code-file PAD   het eigen codebestand van een school
  --lang nl|en      de taal van de teksten (standaard: nl)
  --format json|text  het formaat (standaard: json)
  --output BESTAND  schrijf naar BESTAND in plaats van naar het scherm (stdout);
                    het bestand wordt helemaal vervangen of blijft zoals het was
  --help            toon deze hulp
  --version         toon de versie

Afsluitcodes: 0 gelukt, 1 verify vond een probleem, 2 fout in de gegevens, 64 fout gebruik.
</translation>
    </message>
    <message>
        <source>--format odt needs --output FILE</source>
        <translation>--format odt heeft --output BESTAND nodig</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes two codes, each a built-in id or a code file</source>
        <translation>&quot;%1&quot; vraagt twee codes: elk een ingebouwde id of een codebestand</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>error: %1</source>
        <translation>fout: %1</translation>
    </message>
    <message>
        <source>%1: the answers file names no &quot;code&quot;; give one with --code ID or --code-file PATH</source>
        <translation>%1: het antwoordenbestand noemt geen &quot;code&quot;; geef er een met --code ID of --code-file PAD</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>the same answers under several codes (default: every built-in
code), side by side</source>
        <translation>dezelfde antwoorden onder meerdere codes (standaard: elke ingebouwde
code), naast elkaar</translation>
    </message>
    <message>
        <source>The verdicts are the same.</source>
        <translation>De oordelen zijn gelijk.</translation>
    </message>
    <message>
        <source>The verdicts differ: %1 is the strictest.</source>
        <translation>De oordelen verschillen: %1 is het strengst.</translation>
    </message>
    <message>
        <source>[--codes A,B] [--lang nl|en] [--format json|text] FILE|-</source>
        <translation>[--codes A,B] [--lang nl|en] [--format json|text] BESTAND|-</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare the codes</source>
        <translation>Vergelijk de gedragscodes</translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>needs at least one option</source>
        <translation>heeft minstens één optie nodig</translation>
    </message>
    <message>
        <source>expected an option id or an array of them, found %1</source>
        <translation>verwacht een optie-id of een lijst ervan, maar vond %1</translation>
    </message>
    <message>
        <source>expected an option id, found %1</source>
        <translation>verwacht een optie-id, maar vond %1</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has no option &quot;%2&quot; (it has: %3)</source>
        <translation>vraag &quot;%1&quot; heeft geen optie &quot;%2&quot; (wel: %3)</translation>
    </message>
    <message>
        <source>expected a condition (an object, or true), found %1</source>
        <translation>verwacht een voorwaarde (een object, of true), maar vond %1</translation>
    </message>
    <message>
        <source>expected a non-empty array of conditions</source>
        <translation>verwacht een lijst met minstens één voorwaarde</translation>
    </message>
    <message>
        <source>a condition needs &quot;all&quot;, &quot;any&quot;, &quot;not&quot; or &quot;question&quot;</source>
        <translation>een voorwaarde heeft &quot;all&quot;, &quot;any&quot;, &quot;not&quot; of &quot;question&quot; nodig</translation>
    </message>
    <message>
        <source>unknown question &quot;%1&quot;</source>
        <translation>onbekende vraag &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes several options: use &quot;has&quot;, not &quot;is&quot;</source>
        <translation>&quot;%1&quot; heeft meerdere opties: gebruik &quot;has&quot;, niet &quot;is&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes one option: use &quot;is&quot;, not &quot;has&quot;</source>
        <translation>&quot;%1&quot; heeft één optie: gebruik &quot;is&quot;, niet &quot;has&quot;</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>verwacht true of false, maar vond %1</translation>
    </message>
    <message>
        <source>&quot;empty&quot; only applies to a several-option question, not &quot;%1&quot;</source>
        <translation>&quot;empty&quot; geldt alleen voor een vraag met meerdere opties, niet voor &quot;%1&quot;</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; comes later in the questionnaire; a question can only depend on earlier ones</source>
        <translation>vraag &quot;%1&quot; komt later in de vragenlijst; een vraag kan alleen afhangen van eerdere vragen</translation>
    </message>
    <message>
        <source>a question condition needs exactly one of &quot;is&quot;, &quot;has&quot;, &quot;empty&quot;, &quot;unknown&quot; or &quot;asked&quot;</source>
        <translation>een voorwaarde op een vraag heeft precies één van &quot;is&quot;, &quot;has&quot;, &quot;empty&quot;, &quot;unknown&quot; of &quot;asked&quot; nodig</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>No such file or directory</source>
        <translation>Bestand of map bestaat niet</translation>
    </message>
    <message>
        <source>the file is %1 bytes or more; data files larger than %2 bytes are not read</source>
        <translation>het bestand is %1 bytes of groter; gegevensbestanden groter dan %2 bytes worden niet gelezen</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>kan de standaardinvoer niet lezen</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan het bestand niet lezen: %1</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>is een map, geen bestand</translation>
    </message>
    <message>
        <source>is not a regular file (a named pipe or a device); name a file, or - for standard input</source>
        <translation>is geen gewoon bestand (een named pipe of een apparaat); geef een bestand, of - voor de standaardinvoer</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Geen toegang</translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>(rule &apos;%1&apos;)</source>
        <translation>(regel &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>…(%1 characters)</source>
        <translation>…(%1 tekens)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>OLD NEW [--format json|text|html|pdf] [--output FILE]
[--lang nl|en]</source>
        <translation>OUD NIEUW [--format json|text|html|pdf] [--output BESTAND]
[--lang nl|en]</translation>
    </message>
    <message>
        <source>compare two versions of a code (each a built-in id or a code
file): the text word by word, the rules, what changes for every
combination of answers, and the training cases; html and pdf
make the summary for staff, &quot;What changes for you&quot;</source>
        <translation>vergelijk twee versies van een gedragscode (elk een ingebouwde id of
een codebestand): de tekst woord voor woord, de regels, wat er
verandert voor elke combinatie van antwoorden, en de casussen; html
en pdf maken de samenvatting voor medewerkers, &quot;Wat verandert er voor jou&quot;</translation>
    </message>
    <message>
        <source>%1 and %2 are different codes (&quot;%3&quot;, &quot;%4&quot;); they are compared all the same</source>
        <translation>%1 en %2 zijn verschillende gedragscodes (&quot;%3&quot;, &quot;%4&quot;); ze worden toch vergeleken</translation>
    </message>
</context>
<context>
    <name>DiffText</name>
    <message>
        <source>no verdict</source>
        <translation>geen oordeel</translation>
    </message>
    <message>
        <source>%1: version %2 (%3) compared with version %4 (%5)
</source>
        <translation>%1: versie %2 (%3) vergeleken met versie %4 (%5)
</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contactpersoon</translation>
    </message>
    <message>
        <source>was</source>
        <translation>was</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>geen verandering</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Effect over %1 situations</source>
        <translation>Gevolgen voor %1 situaties</translation>
    </message>
    <message>
        <source>stricter verdict</source>
        <translation>strenger oordeel</translation>
    </message>
    <message>
        <source>less strict verdict</source>
        <translation>minder streng oordeel</translation>
    </message>
    <message>
        <source>same verdict, other advice</source>
        <translation>zelfde oordeel, ander advies</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>onveranderd</translation>
    </message>
    <message>
        <source>activities touched</source>
        <translation>geraakte activiteiten</translation>
    </message>
    <message>
        <source>Training cases: %1 compared, %2 changed</source>
        <translation>Casussen: %1 vergeleken, %2 veranderd</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Exporteren als PDF…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>[to fill in]</source>
        <translation>[in te vullen]</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Aan: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Onderwerp: %1</translation>
    </message>
    <message>
        <source>[what it is about]</source>
        <translation>[waar het over gaat]</translation>
    </message>
    <message>
        <source>[name of the pupil]</source>
        <translation>[naam van de leerling]</translation>
    </message>
    <message>
        <source>Codewijzer: drafts under %1</source>
        <translation>Codewijzer: concepten volgens %1</translation>
    </message>
</context>
<context>
    <name>DraftsCommand</name>
    <message>
        <source>[--code ID | --code-file PATH] [--lang nl|en]
[--format json|text|odt] [--output FILE] FILE|-</source>
        <translation>[--code ID | --code-file PAD] [--lang nl|en]
[--format json|text|odt] [--output BESTAND] BESTAND|-</translation>
    </message>
    <message>
        <source>the drafts the advice asks for (a consent request, a message to
the supervisor, a line for the post), filled in; odt needs --output</source>
        <translation>de concepten die het advies vraagt (een vraag om toestemming, een
bericht aan je leidinggevende, een zin voor je bericht), ingevuld;
odt heeft --output nodig</translation>
    </message>
    <message>
        <source>The advice for these answers asks for no draft.</source>
        <translation>Het advies bij deze antwoorden vraagt om geen concept.</translation>
    </message>
</context>
<context>
    <name>EvaluateCommand</name>
    <message>
        <source>evaluate one answers file or saved assessment (- reads standard
input); html and pdf make the full report (pdf needs --output)</source>
        <translation>beoordeel één antwoordenbestand of opgeslagen beoordeling (- leest
van stdin); html en pdf maken het volledige verslag
(pdf vraagt --output)</translation>
    </message>
    <message>
        <source>%1: answers.%2 is ignored: that question is not asked with these answers</source>
        <translation>%1: answers.%2 telt niet mee: die vraag wordt bij deze antwoorden niet gesteld</translation>
    </message>
    <message>
        <source>%1 was saved under another version of %2 (fingerprint %3, now %4): the rules have changed since</source>
        <translation>%1 is opgeslagen met een andere versie van %2 (versiecode %3, nu %4): de regels zijn sindsdien veranderd</translation>
    </message>
    <message>
        <source>[--code ID | --code-file PATH] [--lang nl|en]
[--format json|text|html|pdf] [--output FILE] FILE|-</source>
        <translation>[--code ID | --code-file PAD] [--lang nl|en]
[--format json|text|html|pdf] [--output BESTAND] BESTAND|-</translation>
    </message>
    <message>
        <source>%1 was saved under an earlier version of %2 (fingerprint %3, now %4): the rules have changed since</source>
        <translation>%1 is opgeslagen met een eerdere versie van %2 (versiecode %3, nu %4): de regels zijn sindsdien veranderd</translation>
    </message>
</context>
<context>
    <name>EvaluationText</name>
    <message>
        <source>Verdict: %1</source>
        <translation>Oordeel: %1</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Je antwoorden</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>Articles of the code</source>
        <translation>Artikelen van de gedragscode</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>adopted %1</source>
        <translation>vastgesteld %1</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>Because: %1</source>
        <translation>Omdat: %1</translation>
    </message>
    <message>
        <source>Articles: %1</source>
        <translation>Artikelen: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>Because %1.</source>
        <translation>Omdat %1.</translation>
    </message>
    <message>
        <source>This is the school&apos;s reading: the code itself says nothing about this.</source>
        <translation>Dit is de uitleg van de school: de gedragscode zegt hier zelf niets over.</translation>
    </message>
    <message>
        <source>This is an exception: without it, a stricter rule of the code would give &quot;%1&quot;.</source>
        <translation>Dit is een uitzondering: zonder deze uitzondering zou een strengere regel van de gedragscode &quot;%1&quot; geven.</translation>
    </message>
</context>
<context>
    <name>FileLocations</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>%1, %2; version %3, adopted %4, fingerprint %5. %6 cases.</source>
        <translation>%1, %2; versie %3, vastgesteld %4, versiecode %5. %6 casussen.</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Casus %1: %2</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Oordeel: %1</translation>
    </message>
    <message>
        <source>Under %1 (%2) the verdict differs: %3; articles %4.</source>
        <translation>Onder %1 (%2) is het oordeel anders: %3; artikelen %4.</translation>
    </message>
    <message>
        <source>Under %1 (%2) the verdict is the same: %3; articles %4.</source>
        <translation>Onder %1 (%2) is het oordeel hetzelfde: %3; artikelen %4.</translation>
    </message>
    <message>
        <source>The articles these cases cite</source>
        <translation>De artikelen waarop deze casussen steunen</translation>
    </message>
    <message>
        <source>Codewijzer: exercise sheet, cases under %1</source>
        <translation>Codewijzer: oefenblad, casussen bij %1</translation>
    </message>
    <message>
        <source>Codewijzer: answer key, cases under %1</source>
        <translation>Codewijzer: antwoordblad, casussen bij %1</translation>
    </message>
    <message>
        <source>Read each case. Think about the questions. Then write down what the code of conduct says about it, and why. %1 cases.</source>
        <translation>Lees elke casus. Denk na over de vragen. Schrijf dan op wat de gedragscode ervan vindt, en waarom. %1 casussen.</translation>
    </message>
    <message>
        <source>The questions</source>
        <translation>De vragen</translation>
    </message>
    <message>
        <source>Our verdict:</source>
        <translation>Ons oordeel:</translation>
    </message>
    <message>
        <source>Why? Which article?</source>
        <translation>Waarom? Welk artikel?</translation>
    </message>
    <message>
        <source>The answers</source>
        <translation>De antwoorden</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Wat je moet doen:</translation>
    </message>
    <message>
        <source>%1, %2; version %3, %4, fingerprint %5. %6 cases.</source>
        <translation>%1, %2; versie %3, %4, versiecode %5. %6 casussen.</translation>
    </message>
</context>
<context>
    <name>JsonSlips</name>
    <message>
        <source>%1 is a curly quote: JSON needs straight double quotes (&quot;); replace it, and turn off smart quotes in your editor</source>
        <translation>%1 is een krul-aanhalingsteken: JSON heeft rechte dubbele aanhalingstekens nodig (&quot;); vervang het, en zet slimme aanhalingstekens uit in je tekstprogramma</translation>
    </message>
    <message>
        <source>a string in single quotes (&apos;...&apos;): JSON needs double quotes (&quot;...&quot;)</source>
        <translation>een tekst tussen enkele aanhalingstekens (&apos;...&apos;): JSON heeft dubbele aanhalingstekens nodig (&quot;...&quot;)</translation>
    </message>
    <message>
        <source>unexpected %1: expected %2</source>
        <translation>hier staat %1, maar hier hoort %2</translation>
    </message>
    <message>
        <source>JSON has no comments (//): remove the comment, or put its text in a &quot;notes&quot; field</source>
        <translation>JSON kent geen commentaar (//): haal het commentaar weg, of zet de tekst in een veld &quot;notes&quot;</translation>
    </message>
    <message>
        <source>JSON has no comments (/* */): remove the comment, or put its text in a &quot;notes&quot; field</source>
        <translation>JSON kent geen commentaar (/* */): haal het commentaar weg, of zet de tekst in een veld &quot;notes&quot;</translation>
    </message>
    <message>
        <source>a non-breaking space: replace it with an ordinary space</source>
        <translation>een harde spatie: vervang die door een gewone spatie</translation>
    </message>
    <message>
        <source>\u needs four hexadecimal digits, as in \u00e9</source>
        <translation>na \u horen vier hexadecimale tekens, zoals in \u00e9</translation>
    </message>
    <message>
        <source>this string is not closed: add a &quot; at its end</source>
        <translation>deze tekst is niet afgesloten: zet een &quot; aan het eind</translation>
    </message>
    <message>
        <source>%1 is not a number as JSON writes one (such as 12, -3 or 1.5); put text in double quotes</source>
        <translation>%1 is geen getal zoals JSON het schrijft (zoals 12, -3 of 1.5); zet tekst tussen dubbele aanhalingstekens</translation>
    </message>
    <message>
        <source>write %1 in lower case: %2</source>
        <translation>schrijf %1 met kleine letters: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON value: put text in double quotes (&quot;%1&quot;)</source>
        <translation>%1 is geen JSON-waarde: zet tekst tussen dubbele aanhalingstekens (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>two commas in a row: remove one</source>
        <translation>twee komma&apos;s achter elkaar: haal er één weg</translation>
    </message>
    <message>
        <source>a comma before %1 with nothing after it: remove this comma</source>
        <translation>een komma voor %1 zonder iets erna: haal deze komma weg</translation>
    </message>
    <message>
        <source>a comma with nothing before it: remove it</source>
        <translation>een komma zonder iets ervoor: haal hem weg</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level: the file starts with {</source>
        <translation>verwacht een JSON-object op het hoogste niveau: het bestand begint met {</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>een waarde</translation>
    </message>
    <message>
        <source>the key %1 is not in quotes: write &quot;%1&quot;</source>
        <translation>de sleutel %1 staat niet tussen aanhalingstekens: schrijf &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a key in double quotes</source>
        <translation>een sleutel tussen dubbele aanhalingstekens</translation>
    </message>
    <message>
        <source>a comma is missing before this: add a &apos;,&apos; after what comes before it</source>
        <translation>hier ontbreekt een komma: zet een &apos;,&apos; achter wat ervoor staat</translation>
    </message>
    <message>
        <source>%1 closes nothing here: this part ends with %2</source>
        <translation>%1 sluit hier niets af: dit deel eindigt met %2</translation>
    </message>
    <message>
        <source>&apos;,&apos; or %1</source>
        <translation>&apos;,&apos; of %1</translation>
    </message>
    <message>
        <source>more text after the end of the JSON object: remove it</source>
        <translation>er staat nog tekst na het einde van het JSON-object: haal die weg</translation>
    </message>
    <message>
        <source>&apos;:&apos; after the key</source>
        <translation>&apos;:&apos; na de sleutel</translation>
    </message>
    <message>
        <source>the file ends in the middle of a value: the rest of the file is missing</source>
        <translation>het bestand houdt op midden in een waarde: de rest van het bestand ontbreekt</translation>
    </message>
    <message>
        <source>the file ends before this object is closed: add its }</source>
        <translation>het bestand houdt op voordat dit object is afgesloten: zet de } erbij</translation>
    </message>
    <message>
        <source>the file ends before this array is closed: add its ]</source>
        <translation>het bestand houdt op voordat deze lijst is afgesloten: zet de ] erbij</translation>
    </message>
</context>
<context>
    <name>JsonSource</name>
    <message>
        <source>the file is %1 bytes; files larger than %2 bytes are not read</source>
        <translation>het bestand is %1 bytes; bestanden groter dan %2 bytes worden niet gelezen</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (it looks like UTF-16): save it as UTF-8</source>
        <translation>het bestand is geen UTF-8-tekst (het lijkt UTF-16): sla het op als UTF-8</translation>
    </message>
    <message>
        <source>the file holds binary data, not JSON text</source>
        <translation>het bestand bevat binaire gegevens, geen JSON-tekst</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>verwacht een JSON-object op het hoogste niveau</translation>
    </message>
    <message>
        <source>the key appears twice in the same object; keep one</source>
        <translation>de sleutel staat twee keer in hetzelfde object; houd er één</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a true/false value</source>
        <translation>een waarde true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>een tekst</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;</source>
        <translation>&quot;%1&quot; ontbreekt</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>verwacht een tekst, maar vond %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>verwacht een object, maar vond %1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>verwacht een lijst, maar vond %1</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot; (with a Dutch &quot;nl&quot; and an English &quot;en&quot; text)</source>
        <translation>&quot;%1&quot; ontbreekt (met een Nederlandse tekst &quot;nl&quot; en een Engelse tekst &quot;en&quot;)</translation>
    </message>
    <message>
        <source>expected an object with &quot;nl&quot; and &quot;en&quot; texts, found %1</source>
        <translation>verwacht een object met de teksten &quot;nl&quot; en &quot;en&quot;, maar vond %1</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>onbekende sleutel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an id, found %1</source>
        <translation>verwacht een id, maar vond %1</translation>
    </message>
    <message>
        <source>the JSON is too deeply nested: a data file needs only a few levels</source>
        <translation>de JSON is te diep genest: een gegevensbestand heeft maar een paar niveaus nodig</translation>
    </message>
    <message>
        <source>this text is not UTF-8: save the file as UTF-8</source>
        <translation>deze tekst is geen UTF-8: sla het bestand op als UTF-8</translation>
    </message>
    <message>
        <source>this is not valid JSON</source>
        <translation>dit is geen geldige JSON</translation>
    </message>
    <message>
        <source>&quot;notes&quot; is a string or an array of strings, found %1</source>
        <translation>&quot;notes&quot; moet een tekst of een lijst van teksten zijn, maar vond %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Codewijzer</source>
        <translation>Codewijzer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Openen...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save &amp;as...</source>
        <translation>Opslaan &amp;als...</translation>
    </message>
    <message>
        <source>&amp;Export report as PDF...</source>
        <translation>Verslag als PDF &amp;exporteren...</translation>
    </message>
    <message>
        <source>&amp;Print report...</source>
        <translation>Verslag &amp;afdrukken...</translation>
    </message>
    <message>
        <source>&amp;Copy report as text</source>
        <translation>Verslag als tekst &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;Delete my answers</source>
        <translation>Mijn antwoorden &amp;wissen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Switch &amp;language</source>
        <translation>&amp;Taal wisselen</translation>
    </message>
    <message>
        <source>&amp;What Codewijzer stores</source>
        <translation>&amp;Wat Codewijzer bewaart</translation>
    </message>
    <message>
        <source>&amp;About Codewijzer</source>
        <translation>&amp;Over Codewijzer</translation>
    </message>
    <message>
        <source>&amp;Training mode</source>
        <translation>&amp;Trainingsmodus</translation>
    </message>
    <message>
        <source>Cases for a training session, with a quiz and a presenter view</source>
        <translation>Casussen voor een training, met een quiz en een presentatieweergave</translation>
    </message>
    <message>
        <source>&amp;Compare the codes</source>
        <translation>&amp;Vergelijk de gedragscodes</translation>
    </message>
    <message>
        <source>Your answers under each code, side by side</source>
        <translation>Je antwoorden onder elke gedragscode, naast elkaar</translation>
    </message>
    <message>
        <source>The code of &amp;conduct</source>
        <translation>De &amp;gedragscode</translation>
    </message>
    <message>
        <source>The whole code to read, with a search</source>
        <translation>De hele gedragscode om te lezen, met zoeken</translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>Afdruk&amp;voorbeeld...</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>&amp;What has changed…</source>
        <translation>&amp;Wat is er veranderd…</translation>
    </message>
    <message>
        <source>The code in use compared with an earlier version of it</source>
        <translation>De gedragscode die je gebruikt, vergeleken met een eerdere versie</translation>
    </message>
</context>
<context>
    <name>NewCommand</name>
    <message>
        <source>--from-text CODE.txt --id ID [--title TITLE]
[--organisation ORG] [--output FILE] [--lang nl|en]</source>
        <translation>--from-text CODE.txt --id ID [--title TITEL]
[--organisation ORGANISATIE] [--output BESTAND] [--lang nl|en]</translation>
    </message>
    <message>
        <source>a first code file from the code&apos;s plain text: every article,
verbatim, with proposed ids and titles, and no rules yet
(docs/code-format.md); it never replaces an existing file</source>
        <translation>een eerste codebestand uit de platte tekst van de gedragscode: elk
artikel letterlijk, met voorgestelde id&apos;s en titels, nog zonder regels
(docs/code-format.md); een bestaand bestand vervangt het nooit</translation>
    </message>
    <message>
        <source>&quot;new&quot; needs --from-text CODE.txt, the code&apos;s plain text</source>
        <translation>&quot;new&quot; heeft --from-text CODE.txt nodig: de platte tekst van de gedragscode</translation>
    </message>
    <message>
        <source>&quot;new&quot; needs --id ID, a short id for the code such as sint-jansschool</source>
        <translation>&quot;new&quot; heeft --id ID nodig: een korte id voor de gedragscode, zoals sint-jansschool</translation>
    </message>
    <message>
        <source>--id: an id uses lower-case letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only, not &quot;%1&quot;</source>
        <translation>--id: een id heeft alleen kleine letters, cijfers, &apos;-&apos;, &apos;_&apos; en &apos;.&apos;, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 exists already; &quot;new&quot; does not replace a file: name another one, or move it away first</source>
        <translation>%1 bestaat al; &quot;new&quot; vervangt geen bestand: kies een andere naam, of zet het bestand eerst ergens anders neer</translation>
    </message>
    <message>
        <source>%1: %2 articles, from %3 to %4, and no rules yet.
</source>
        <translation>%1: %2 artikelen, van %3 tot en met %4, en nog geen regels.
</translation>
    </message>
    <message>
        <source>Still to fill in: %1.
</source>
        <translation>Nog in te vullen: %1.
</translation>
    </message>
    <message>
        <source>Next: check every article against the code&apos;s text, write the English texts marked
[translate], and add contacts and rules (docs/code-format.md). Then run
  codewijzer-cli verify --code-file %1 --format text
</source>
        <translation>Nu: vergelijk elk artikel met de tekst van de gedragscode, schrijf de Engelse teksten
die met [translate] gemarkeerd zijn, en voeg contactpersonen en regels toe
(docs/code-format.md). Voer daarna dit uit:
  codewijzer-cli verify --code-file %1 --format text
</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source> · page %1 of %2</source>
        <translation> · pagina %1 van %2</translation>
    </message>
    <message>
        <source>%1: cannot write the document</source>
        <translation>%1: kan het document niet schrijven</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <source>Codewijzer · %1 · %2</source>
        <translation>Codewijzer · %1 · %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Draft version: not yet adopted</source>
        <translation>Conceptversie: nog niet vastgesteld</translation>
    </message>
    <message>
        <source>Some texts of this code are shown in Dutch: the code has no English for them (the code&apos;s own wording).</source>
        <translation>Sommige teksten van deze gedragscode staan in het Nederlands: de gedragscode heeft er geen Engels voor (de eigen tekst van de gedragscode).</translation>
    </message>
    <message>
        <source>text incomplete</source>
        <translation>tekst onvolledig</translation>
    </message>
</context>
<context>
    <name>QuestionnaireFile</name>
    <message>
        <source>expected &quot;one&quot; or &quot;several&quot;, found &quot;%1&quot;</source>
        <translation>verwacht &quot;one&quot; of &quot;several&quot;, maar vond &quot;%1&quot;</translation>
    </message>
    <message>
        <source>at most %1 options</source>
        <translation>hoogstens %1 opties</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; appears twice</source>
        <translation>optie &quot;%1&quot; staat er twee keer in</translation>
    </message>
    <message>
        <source>expected &quot;codewijzer-questionnaire&quot;</source>
        <translation>verwacht &quot;codewijzer-questionnaire&quot;</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>verwacht een object</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; appears twice</source>
        <translation>vraag &quot;%1&quot; staat er twee keer in</translation>
    </message>
    <message>
        <source>page &quot;%1&quot; is not among the &quot;pages&quot;</source>
        <translation>pagina &quot;%1&quot; staat niet bij de &quot;pages&quot;</translation>
    </message>
    <message>
        <source>page &quot;%1&quot; comes before the page of the question before it</source>
        <translation>pagina &quot;%1&quot; komt vóór de pagina van de vraag ervoor</translation>
    </message>
    <message>
        <source>page &quot;%1&quot; has no questions</source>
        <translation>pagina &quot;%1&quot; heeft geen vragen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of this question</source>
        <translation>&quot;%1&quot; is geen keuze bij deze vraag</translation>
    </message>
</context>
<context>
    <name>QuestionsCommand</name>
    <message>
        <source>Choose one:</source>
        <translation>Kies er één:</translation>
    </message>
    <message>
        <source>Choose any:</source>
        <translation>Kies wat past:</translation>
    </message>
    <message>
        <source>Asked when: %1</source>
        <translation>Gevraagd als: %1</translation>
    </message>
    <message>
        <source>Rules of %1 that use it: %2</source>
        <translation>Regels van %1 die deze vraag gebruiken: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>[--code ID | --code-file PATH] [--lang nl|en] [--format json|text]</source>
        <translation>[--code ID | --code-file PAD] [--lang nl|en] [--format json|text]</translation>
    </message>
    <message>
        <source>list the questions, their options and when each is asked; with a code, only the ones it asks</source>
        <translation>toon de vragen, hun opties en wanneer elke vraag komt; met een gedragscode alleen de vragen die die stelt</translation>
    </message>
    <message>
        <source>Not asked under %1: no rule of it looks at these questions: %2</source>
        <translation>Niet gevraagd bij %1, want geen regel kijkt naar deze vragen: %2</translation>
    </message>
</context>
<context>
    <name>QuizSummary</name>
    <message>
        <source>%1 of %2 right</source>
        <translation>%1 van %2 goed</translation>
    </message>
    <message>
        <source>Codewijzer: quiz results, cases under %1</source>
        <translation>Codewijzer: uitslag van de quiz, casussen bij %1</translation>
    </message>
    <message>
        <source>%1, %2. Made on %3. Only the cases the group guessed at as written count.</source>
        <translation>%1, %2. Gemaakt op %3. Alleen de casussen die de groep raadde zoals ze geschreven zijn, tellen mee.</translation>
    </message>
    <message>
        <source>No guesses yet.</source>
        <translation>Nog niets geraden.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>The group chose</source>
        <translation>De groep koos</translation>
    </message>
    <message>
        <source>The code says</source>
        <translation>De gedragscode zegt</translation>
    </message>
    <message>
        <source>Right?</source>
        <translation>Goed?</translation>
    </message>
    <message>
        <source>✔ right</source>
        <translation>✔ goed</translation>
    </message>
    <message>
        <source>✖ not quite</source>
        <translation>✖ niet helemaal</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>%1: cannot make the folder</source>
        <translation>%1: kan de map niet maken</translation>
    </message>
    <message>
        <source>%1: cannot write the lock</source>
        <translation>%1: kan het slotbestand niet schrijven</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Codewijzer: advice under %1</source>
        <translation>Codewijzer: advies volgens %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Gedragscode</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Versiecode</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>The questions and your answers</source>
        <translation>De vragen en je antwoorden</translation>
    </message>
    <message>
        <source>The articles of the code</source>
        <translation>De artikelen van de gedragscode</translation>
    </message>
    <message>
        <source>This advice follows from the answers above and the code named here. The code itself decides; when in doubt, ask your supervisor.</source>
        <translation>Dit advies volgt uit je antwoorden hierboven en de gedragscode die hier staat. De gedragscode zelf beslist. Twijfel je? Vraag het je leidinggevende.</translation>
    </message>
    <message>
        <source>Made on: %1</source>
        <translation>Gemaakt op: %1</translation>
    </message>
    <message>
        <source>Code version: %1, fingerprint %2</source>
        <translation>Versie van de gedragscode: %1, versiecode %2</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Oordeel: %1</translation>
    </message>
    <message>
        <source>What you do now</source>
        <translation>Wat je nu doet</translation>
    </message>
    <message>
        <source>Other advice</source>
        <translation>Ander advies</translation>
    </message>
    <message>
        <source>Saved under</source>
        <translation>Opgeslagen met</translation>
    </message>
    <message>
        <source>this version (fingerprint %1)</source>
        <translation>deze versie (versiecode %1)</translation>
    </message>
    <message>
        <source>an earlier version of this code (fingerprint %1); the verdict above follows the current version</source>
        <translation>een eerdere versie van deze gedragscode (versiecode %1); het oordeel hierboven volgt de huidige versie</translation>
    </message>
    <message>
        <source>another version of this code (fingerprint %1); the verdict above follows the current version</source>
        <translation>een andere versie van deze gedragscode (versiecode %1); het oordeel hierboven volgt de huidige versie</translation>
    </message>
    <message>
        <source>Saved under: %1</source>
        <translation>Opgeslagen met: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>The result</source>
        <translation>Het resultaat</translation>
    </message>
    <message>
        <source>Export as P&amp;DF...</source>
        <translation>Als PDF e&amp;xporteren...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Afdrukken...</translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation>Als tekst &amp;kopiëren</translation>
    </message>
    <message>
        <source>Keep or share this result:</source>
        <translation>Bewaar of deel dit resultaat:</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Opslaan...</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Your answers</source>
        <translation>Je antwoorden</translation>
    </message>
    <message>
        <source>Check your answers. Change any of them, or go on to the result.</source>
        <translation>Kijk je antwoorden na. Pas aan wat niet klopt, of ga door naar het resultaat.</translation>
    </message>
    <message>
        <source>&amp;What is it about? (You may leave this empty. Do not name pupils.)</source>
        <translation>&amp;Waar gaat het over? (Je mag dit leeg laten. Noem geen namen van leerlingen.)</translation>
    </message>
    <message>
        <source>For example: the photo of the sports day for the school&apos;s Instagram</source>
        <translation>Bijvoorbeeld: de foto van de sportdag voor het Instagram-account van school</translation>
    </message>
</context>
<context>
    <name>SafeWrite</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kan niet schrijven: %2</translation>
    </message>
    <message>
        <source>no file name</source>
        <translation>geen bestandsnaam</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>het is een map, geen bestand</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>de map %1 bestaat niet</translation>
    </message>
    <message>
        <source>no program is reading from the named pipe</source>
        <translation>geen programma leest uit de named pipe</translation>
    </message>
    <message>
        <source>the file was not opened</source>
        <translation>het bestand is niet geopend</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes arrived</source>
        <translation>maar %1 van de %2 bytes kwamen aan</translation>
    </message>
    <message>
        <source>the file is open in another program; close it there and try again</source>
        <translation>het bestand is open in een ander programma; sluit het daar en probeer het opnieuw</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>de standaarduitvoer</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Checks a social-media action against your school&apos;s code of conduct.</source>
        <translation>Toetst een actie op sociale media aan de gedragscode van je school.</translation>
    </message>
    <message>
        <source>Start with a built-in code: dunamare or mondia.</source>
        <translation>Begin met een ingebouwde gedragscode: dunamare of mondia.</translation>
    </message>
    <message>
        <source>Start with a school&apos;s own code file.</source>
        <translation>Begin met het eigen codebestand van een school.</translation>
    </message>
    <message>
        <source>The language: nl or en.</source>
        <translation>De taal: nl of en.</translation>
    </message>
    <message>
        <source>A saved assessment (.codewijzer) to open.</source>
        <translation>Een opgeslagen beoordeling (.codewijzer) om te openen.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>Keep your answers?</source>
        <translation>Je antwoorden bewaren?</translation>
    </message>
    <message>
        <source>Your answers have not been saved. Do you want to save them in a file first? If you don&apos;t, they are deleted.</source>
        <translation>Je antwoorden zijn niet opgeslagen. Wil je ze eerst in een bestand opslaan? Anders worden ze gewist.</translation>
    </message>
</context>
<context>
    <name>TextImport</name>
    <message>
        <source>no text found besides page numbers and headings</source>
        <translation>geen tekst gevonden, alleen paginanummers en kopjes</translation>
    </message>
    <message>
        <source>the file is empty; save the code&apos;s text in it first</source>
        <translation>het bestand is leeg; zet er eerst de tekst van de gedragscode in</translation>
    </message>
    <message>
        <source>this is a PDF file, not plain text; copy the code&apos;s text out of it into a .txt file first (for example with pdftotext)</source>
        <translation>dit is een PDF, geen platte tekst; kopieer eerst de tekst van de gedragscode naar een .txt-bestand (bijvoorbeeld met pdftotext)</translation>
    </message>
    <message>
        <source>this is a zipped file (a Word or OpenDocument file?), not plain text; save the code as plain text (.txt, UTF-8) first</source>
        <translation>dit is een ingepakt bestand (een Word- of OpenDocument-bestand?), geen platte tekst; sla de gedragscode eerst op als platte tekst (.txt, UTF-8)</translation>
    </message>
    <message>
        <source>a NUL byte: this is not a plain-text file; save the code as plain text (.txt, UTF-8) first</source>
        <translation>een NUL-teken: dit is geen bestand met platte tekst; sla de gedragscode eerst op als platte tekst (.txt, UTF-8)</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x%1); save the file as UTF-8 text</source>
        <translation>geen UTF-8-tekst (teken 0x%1); sla het bestand op als UTF-8-tekst</translation>
    </message>
    <message>
        <source>the file holds only white space; save the code&apos;s text in it first</source>
        <translation>het bestand bevat alleen witruimte; zet er eerst de tekst van de gedragscode in</translation>
    </message>
</context>
<context>
    <name>TrainingSessionFile</name>
    <message>
        <source>expected a training session: an object with &quot;code&quot; and &quot;cases&quot;</source>
        <translation>dit is geen trainingssessie: verwacht een object met &quot;code&quot; en &quot;cases&quot;</translation>
    </message>
    <message>
        <source>not a training session: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>geen trainingssessie: &quot;format&quot; moet &quot;%1&quot; zijn</translation>
    </message>
    <message>
        <source>a session needs at least one case</source>
        <translation>een sessie heeft minstens één casus nodig</translation>
    </message>
    <message>
        <source>expected a case id as a string, found %1</source>
        <translation>verwacht de id van een casus als tekst, maar vond %1</translation>
    </message>
    <message>
        <source>the case &quot;%1&quot; is listed twice</source>
        <translation>de casus &quot;%1&quot; staat er twee keer in</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case of the code &quot;%2&quot;</source>
        <translation>&quot;%1&quot; is geen casus van de gedragscode &quot;%2&quot;</translation>
    </message>
    <message>
        <source>this session is for the code &quot;%1&quot;: open that code first</source>
        <translation>deze sessie hoort bij de gedragscode &quot;%1&quot;: open die gedragscode eerst</translation>
    </message>
    <message>
        <source>The code of conduct has changed since this session was saved. Its cases are still there, but their answers or verdicts may differ.</source>
        <translation>De gedragscode is veranderd sinds deze sessie is opgeslagen. De casussen zijn er nog, maar hun antwoorden of oordelen kunnen anders zijn.</translation>
    </message>
</context>
<context>
    <name>TrainingWindow</name>
    <message>
        <source>Codewijzer: training</source>
        <translation>Codewijzer: training</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Gedragsco&amp;de:</translation>
    </message>
    <message>
        <source>&amp;Quiz: choose a verdict first</source>
        <translation>&amp;Quiz: kies eerst een oordeel</translation>
    </message>
    <message>
        <source>Compare the c&amp;odes</source>
        <translation>Vergelijk de gedragsc&amp;odes</translation>
    </message>
    <message>
        <source>Presenter &amp;view (F11)</source>
        <translation>Presentatie&amp;weergave (F11)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>The answers</source>
        <translation>De antwoorden</translation>
    </message>
    <message>
        <source>Reveal the &amp;next answer</source>
        <translation>Toon het &amp;volgende antwoord</translation>
    </message>
    <message>
        <source>Reveal a&amp;ll answers</source>
        <translation>Toon a&amp;lle antwoorden</translation>
    </message>
    <message>
        <source>&amp;Back to the case&apos;s answers</source>
        <translation>&amp;Terug naar de antwoorden van de casus</translation>
    </message>
    <message>
        <source>What does the code say? Choose a verdict:</source>
        <translation>Wat zegt de gedragscode? Kies een oordeel:</translation>
    </message>
    <message>
        <source>Show the code&apos;s &amp;answer</source>
        <translation>Toon het &amp;antwoord van de gedragscode</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous case</source>
        <translation>&lt; Vo&amp;rige casus</translation>
    </message>
    <message>
        <source>Next &amp;case &gt;</source>
        <translation>Volgende &amp;casus &gt;</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Wat je moet doen</translation>
    </message>
    <message>
        <source>What would change this verdict</source>
        <translation>Wat dit oordeel zou veranderen</translation>
    </message>
    <message>
        <source>Under %1</source>
        <translation>Onder %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3, a different verdict; articles %4.</source>
        <translation>%1 (%2): %3, een ander oordeel; artikelen %4.</translation>
    </message>
    <message>
        <source>%1 (%2): %3, the same verdict; articles %4.</source>
        <translation>%1 (%2): %3, hetzelfde oordeel; artikelen %4.</translation>
    </message>
    <message>
        <source>The articles</source>
        <translation>De artikelen</translation>
    </message>
    <message>
        <source>C&amp;hoose cases…</source>
        <translation>Casussen &amp;kiezen…</translation>
    </message>
    <message>
        <source>&amp;Handouts (PDF)</source>
        <translation>&amp;Hand-outs (PDF)</translation>
    </message>
    <message>
        <source>Quiz &amp;results…</source>
        <translation>Uitslag van de &amp;quiz…</translation>
    </message>
    <message>
        <source>The article</source>
        <translation>Het artikel</translation>
    </message>
    <message>
        <source>Other advice</source>
        <translation>Ander advies</translation>
    </message>
    <message>
        <source>The other articles</source>
        <translation>De andere artikelen</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>check a code&apos;s rules over every combination of answers
(without a code: every built-in code)</source>
        <translation>controleer de regels van een code voor elke combinatie van antwoorden
(zonder code: elke ingebouwde code)</translation>
    </message>
    <message>
        <source>Combinations of answers: %1</source>
        <translation>Combinaties van antwoorden: %1</translation>
    </message>
    <message>
        <source>Every combination gets a verdict and cites an article.</source>
        <translation>Elke combinatie krijgt een oordeel en noemt een artikel.</translation>
    </message>
    <message>
        <source>PROBLEM: %1 combinations get no verdict, %2 cite no article. For example:</source>
        <translation>PROBLEEM: %1 combinaties krijgen geen oordeel, %2 noemen geen artikel. Bijvoorbeeld:</translation>
    </message>
    <message>
        <source>Every article is cited by some combination.</source>
        <translation>Elk artikel wordt door een combinatie genoemd.</translation>
    </message>
    <message>
        <source>Articles no combination cites:</source>
        <translation>Artikelen die geen combinatie noemt:</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(geen reden gegeven)</translation>
    </message>
    <message>
        <source>Training cases that give what they expect: %1</source>
        <translation>Oefencasussen die geven wat ze verwachten: %1</translation>
    </message>
    <message>
        <source>PROBLEM in the training cases:</source>
        <translation>PROBLEEM in de oefencasussen:</translation>
    </message>
    <message>
        <source>[--code ID | --code-file PATH] [--lang nl|en] [--format json|text]</source>
        <translation>[--code ID | --code-file PAD] [--lang nl|en] [--format json|text]</translation>
    </message>
    <message>
        <source>PROBLEM in the code file:</source>
        <translation>PROBLEEM in het codebestand:</translation>
    </message>
    <message>
        <source>What each rule does:</source>
        <translation>Wat elke regel doet:</translation>
    </message>
    <message>
        <source>never applies (PROBLEM)</source>
        <translation>geldt nooit (PROBLEEM)</translation>
    </message>
    <message>
        <source>applies in 1 combination (%1 %)</source>
        <translation>geldt in 1 combinatie (%1 %)</translation>
    </message>
    <message>
        <source>applies in %1 combinations (%2 %)</source>
        <translation>geldt in %1 combinaties (%2 %)</translation>
    </message>
    <message>
        <source>never gives the verdict: a stricter rule always applies too</source>
        <translation>geeft nooit het oordeel: er geldt altijd ook een strengere regel</translation>
    </message>
    <message>
        <source>gives the verdict in %1</source>
        <translation>geeft het oordeel in %1</translation>
    </message>
    <message>
        <source>never matters (PROBLEM)</source>
        <translation>doet er nooit toe (PROBLEEM)</translation>
    </message>
    <message>
        <source>Every question of the questionnaire can matter under this code.</source>
        <translation>Onder deze gedragscode kan elke vraag ertoe doen.</translation>
    </message>
    <message>
        <source>Questions that never matter, so Codewijzer does not ask them: %1</source>
        <translation>Vragen die er nooit toe doen, dus Codewijzer vraagt ze niet: %1</translation>
    </message>
    <message>
        <source>Questions Codewijzer asks although no rule treats their answers differently: %1</source>
        <translation>Vragen die Codewijzer wel stelt, al maakt geen regel verschil tussen de antwoorden: %1</translation>
    </message>
</context>
<context>
    <name>VersionNotice</name>
    <message>
        <source>fingerprint %1</source>
        <translation>versiecode %1</translation>
    </message>
    <message>
        <source>version %1, fingerprint %2</source>
        <translation>versie %1, versiecode %2</translation>
    </message>
    <message>
        <source>Saved under an earlier version of the code</source>
        <translation>Opgeslagen met een eerdere versie van de gedragscode</translation>
    </message>
    <message>
        <source>Saved under another version of the code</source>
        <translation>Opgeslagen met een andere versie van de gedragscode</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>artikel %1</translation>
    </message>
    <message>
        <source>When it was saved (%1): %2</source>
        <translation>Toen je opsloeg (%1): %2</translation>
    </message>
    <message>
        <source>Now (%1): %2</source>
        <translation>Nu (%1): %2</translation>
    </message>
    <message>
        <source>Your answers get the same verdict and the same advice under both versions.</source>
        <translation>Je antwoorden krijgen met allebei de versies hetzelfde oordeel en hetzelfde advies.</translation>
    </message>
    <message>
        <source>The result below follows the version in use now.</source>
        <translation>Het resultaat hieronder volgt de versie die nu geldt.</translation>
    </message>
    <message>
        <source>Now (%1)</source>
        <translation>Nu (%1)</translation>
    </message>
    <message>
        <source>The rules have changed since it was saved (fingerprint %1), and that version&apos;s file is not here. The result below follows the version in use now: check your answers and the result again. With that version&apos;s file, you see both verdicts and what made the difference.</source>
        <translation>De regels zijn veranderd sinds je opsloeg (versiecode %1). Het bestand van die versie is hier niet. Het resultaat hieronder volgt de versie die nu geldt. Kijk je antwoorden en het resultaat daarom opnieuw na. Met het bestand van die versie zie je allebei de oordelen, en wat het verschil maakt.</translation>
    </message>
    <message>
        <source>New in this version (%2, %3): &quot;%1&quot;</source>
        <translation>Nieuw in deze versie (%2, %3): &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No longer in the code (%2): &quot;%1&quot;</source>
        <translation>Staat niet meer in de gedragscode (%2): &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Now also applies to your answers (%2, %3): &quot;%1&quot;</source>
        <translation>Geldt nu ook bij jouw antwoorden (%2, %3): &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No longer applies to your answers (%2): &quot;%1&quot;</source>
        <translation>Geldt niet meer bij jouw antwoorden (%2): &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Another verdict for the same advice (until now: %2; now: %3): &quot;%1&quot;</source>
        <translation>Ander oordeel bij hetzelfde advies (tot nu toe: %2; nu: %3): &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Other advice (%2): &quot;%1&quot;; until now (%4): &quot;%3&quot;</source>
        <translation>Ander advies (%2): &quot;%1&quot;; tot nu toe (%4): &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Check before you post</source>
        <translation>Eerst checken, dan plaatsen</translation>
    </message>
    <message>
        <source>Codewijzer checks what you plan to do on social media against your school&apos;s code of conduct, before you do it. Answer a few short questions and you get a verdict, the advice that follows and the articles of your code that it rests on.</source>
        <translation>Wil je iets doen op sociale media? Codewijzer kijkt vooraf of dat past bij de gedragscode van je school. Je beantwoordt een paar korte vragen. Dan krijg je een oordeel, een advies en de artikelen uit de gedragscode waar het advies op steunt.</translation>
    </message>
    <message>
        <source>Which code applies to you?</source>
        <translation>Welke gedragscode geldt voor jou?</translation>
    </message>
    <message>
        <source>&amp;Code of conduct:</source>
        <translation>&amp;Gedragscode:</translation>
    </message>
    <message>
        <source>&amp;Open a school&apos;s own code file...</source>
        <translation>Een &amp;eigen codebestand van school openen...</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Ve&amp;rdergaan</translation>
    </message>
    <message>
        <source>&amp;Delete these answers</source>
        <translation>Deze antwoorden &amp;wissen</translation>
    </message>
    <message>
        <source>Your school has set this code for everyone: you do not need to choose.</source>
        <translation>Je school heeft deze gedragscode voor iedereen ingesteld: je hoeft niet te kiezen.</translation>
    </message>
    <message>
        <source>Codewijzer works offline: your answers stay on this computer. What Codewijzer keeps, you can read under Help › What Codewijzer stores.</source>
        <translation>Codewijzer werkt offline: je antwoorden blijven op deze computer. Wat Codewijzer bewaart, lees je onder Help › Wat Codewijzer bewaart.</translation>
    </message>
</context>
<context>
    <name>WhatIfCommand</name>
    <message>
        <source>the smallest changes of answers that make the verdict less strict</source>
        <translation>de kleinste veranderingen van antwoorden die het oordeel minder streng maken</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Verdict now: %1</source>
        <translation>Oordeel nu: %1</translation>
    </message>
    <message>
        <source>No change of one or two answers makes the verdict less strict.</source>
        <translation>Geen verandering van één of twee antwoorden maakt het oordeel minder streng.</translation>
    </message>
    <message>
        <source>What would change this verdict:</source>
        <translation>Wat dit oordeel zou veranderen:</translation>
    </message>
    <message>
        <source>[--code ID | --code-file PATH] [--lang nl|en] [--format json|text] FILE|-</source>
        <translation>[--code ID | --code-file PAD] [--lang nl|en] [--format json|text] BESTAND|-</translation>
    </message>
</context>
<context>
    <name>WindowMessages</name>
    <message>
        <source>Go on with your earlier answers?</source>
        <translation>Verder met je eerdere antwoorden?</translation>
    </message>
    <message>
        <source>Codewijzer still has the answers of an assessment that was not finished. Do you want to go on with them, or start a new assessment? A new assessment deletes those answers.</source>
        <translation>Codewijzer heeft nog de antwoorden van een beoordeling die je niet hebt afgemaakt. Wil je daarmee verder, of begin je een nieuwe beoordeling? Bij een nieuwe beoordeling worden die antwoorden gewist.</translation>
    </message>
    <message>
        <source>&amp;Go on with them</source>
        <translation>&amp;Verder met die antwoorden</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>&amp;Nieuwe beoordeling</translation>
    </message>
    <message>
        <source>What Codewijzer stores</source>
        <translation>Wat Codewijzer bewaart</translation>
    </message>
    <message>
        <source>Codewijzer works offline and sends nothing anywhere.</source>
        <translation>Codewijzer werkt offline en verstuurt niets.</translation>
    </message>
    <message>
        <source>About Codewijzer</source>
        <translation>Over Codewijzer</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Codewijzer %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Checks a social-media action against your school&apos;s code of conduct before you do it: a verdict, the advice that follows and the articles it rests on.&lt;/p&gt;&lt;p&gt;Built-in codes: Dunamare Onderwijsgroep, Gedragscode social media (2019); Mondia Scholengroep, Protocol sociale media (2020).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Codewijzer %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Codewijzer kijkt of wat je op sociale media wilt doen past bij de gedragscode van je school, voordat je het doet. Je krijgt een oordeel, een advies en de artikelen waar het advies op steunt.&lt;/p&gt;&lt;p&gt;Ingebouwde gedragscodes: Dunamare Onderwijsgroep, Gedragscode social media (2019); Mondia Scholengroep, Protocol sociale media (2020).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your answers in progress&lt;/b&gt; are kept in a recovery file, so that a crash loses none of them:&lt;br/&gt;%1&lt;br/&gt;It is deleted when you start a new assessment, close the window without saving or choose Delete my answers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your choice of code and language&lt;/b&gt;, and the &lt;b&gt;names of the assessments you saved or opened last&lt;/b&gt; (shown on the first page), are remembered in:&lt;br/&gt;%2&lt;br/&gt;Delete my answers clears that list.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Files you save or export&lt;/b&gt; (assessments, PDF reports) stay where you put them, until you delete them. &lt;b&gt;Copy as text&lt;/b&gt; puts the report on the clipboard until something else is copied.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The file dialog&lt;/b&gt; (Qt&apos;s own) remembers the last folders it showed, in:&lt;br/&gt;%3&lt;br/&gt;Delete my answers clears that too.&lt;/p&gt;&lt;p&gt;Nothing else about you or your pupils is stored.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Je antwoorden, zolang je bezig bent,&lt;/b&gt; staan in een herstelbestand, zodat je bij een crash niets kwijtraakt:&lt;br/&gt;%1&lt;br/&gt;Het verdwijnt als je een nieuwe beoordeling begint, het venster sluit zonder op te slaan of kiest voor Mijn antwoorden wissen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Je keuze van gedragscode en taal&lt;/b&gt;, en de &lt;b&gt;namen van de beoordelingen die je het laatst hebt opgeslagen of geopend&lt;/b&gt; (op de eerste pagina), worden onthouden in:&lt;br/&gt;%2&lt;br/&gt;Mijn antwoorden wissen maakt die lijst leeg.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bestanden die je opslaat of exporteert&lt;/b&gt; (beoordelingen, PDF-verslagen) blijven staan waar je ze zet, tot je ze zelf verwijdert. &lt;b&gt;Als tekst kopiëren&lt;/b&gt; zet het verslag op het klembord, tot je iets anders kopieert.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Het venster om bestanden te kiezen&lt;/b&gt; (van Qt) onthoudt de laatste mappen die het liet zien, in:&lt;br/&gt;%3&lt;br/&gt;Mijn antwoorden wissen maakt dat ook leeg.&lt;/p&gt;&lt;p&gt;Verder wordt niets over jou of je leerlingen bewaard.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>codewijzer::AnswerEditor</name>
    <message>
        <source>Not revealed yet</source>
        <translation>Nog niet getoond</translation>
    </message>
    <message>
        <source>Changed from the case</source>
        <translation>Anders dan in de casus</translation>
    </message>
</context>
<context>
    <name>codewijzer::AssessmentWizard</name>
    <message>
        <source>Codewijzer</source>
        <translation>Codewijzer</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>Opn&amp;ieuw beginnen</translation>
    </message>
    <message>
        <source>Starts a new assessment; asks first when your answers are not saved</source>
        <translation>Begint een nieuwe beoordeling; vraagt het eerst als je antwoorden niet zijn opgeslagen</translation>
    </message>
    <message>
        <source>New &amp;assessment</source>
        <translation>&amp;Nieuwe beoordeling</translation>
    </message>
    <message>
        <source>Show the ve&amp;rdict</source>
        <translation>Bekijk het &amp;oordeel</translation>
    </message>
</context>
<context>
    <name>codewijzer::CaseChoiceDialog</name>
    <message>
        <source>Choose the cases for this session</source>
        <translation>Kies de casussen voor deze sessie</translation>
    </message>
    <message>
        <source>Tick the cases for today. Drag them, or use Up and Down, to put them in the order you want. Save the choice to use it again.</source>
        <translation>Vink de casussen voor vandaag aan. Sleep ze, of gebruik Omhoog en Omlaag, om ze in de volgorde te zetten die je wilt. Sla je keuze op om hem later weer te gebruiken.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alles</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Niets</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Op&amp;slaan als…</translation>
    </message>
    <message>
        <source>&amp;Use these cases</source>
        <translation>&amp;Deze casussen gebruiken</translation>
    </message>
    <message>
        <source>Start the &amp;presenter view</source>
        <translation>Start de &amp;presentatieweergave</translation>
    </message>
    <message>
        <source>Tick at least one case.</source>
        <translation>Vink minstens één casus aan.</translation>
    </message>
    <message>
        <source>session-%1.json</source>
        <translation>sessie-%1.json</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>De sessie opslaan</translation>
    </message>
    <message>
        <source>Training session (*.json)</source>
        <translation>Trainingssessie (*.json)</translation>
    </message>
    <message>
        <source>The session was not saved</source>
        <translation>De sessie is niet opgeslagen</translation>
    </message>
    <message>
        <source>Open a session</source>
        <translation>Een sessie openen</translation>
    </message>
    <message>
        <source>The session cannot be opened</source>
        <translation>De sessie kan niet worden geopend</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The session was opened</source>
        <translation>De sessie is geopend</translation>
    </message>
</context>
<context>
    <name>codewijzer::ChangesDialog</name>
    <message>
        <source>What has changed</source>
        <translation>Wat is er veranderd</translation>
    </message>
    <message>
        <source>Export what has changed as PDF</source>
        <translation>Exporteer wat er veranderd is als PDF</translation>
    </message>
    <message>
        <source>what-changes.pdf</source>
        <translation>wat-verandert.pdf</translation>
    </message>
    <message>
        <source>The summary was not saved</source>
        <translation>De samenvatting is niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>codewijzer::CodeFileProblemDialog</name>
    <message>
        <source>Codewijzer should start with the code %1, but it has problems, so it cannot be used:</source>
        <translation>Codewijzer zou starten met de gedragscode %1, maar die heeft fouten en is daarom niet te gebruiken:</translation>
    </message>
    <message>
        <source>Problems found in the code file</source>
        <translation>Fouten in het codebestand</translation>
    </message>
</context>
<context>
    <name>codewijzer::CodeFileWatcher</name>
    <message>
        <source>The code file was read again: nothing changed; your answers are kept.</source>
        <translation>Het codebestand is opnieuw gelezen: er is niets veranderd. Je antwoorden blijven staan.</translation>
    </message>
    <message>
        <source>1 rule</source>
        <translation>1 regel</translation>
    </message>
    <message>
        <source>%1 rules</source>
        <translation>%1 regels</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 artikel</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 artikelen</translation>
    </message>
    <message>
        <source>other details</source>
        <translation>andere gegevens</translation>
    </message>
    <message>
        <source>The code file was read again: no rule or article changed; your answers are kept.</source>
        <translation>Het codebestand is opnieuw gelezen: er is geen regel of artikel veranderd. Je antwoorden blijven staan.</translation>
    </message>
    <message>
        <source>The code file was read again: no rule or article changed.</source>
        <translation>Het codebestand is opnieuw gelezen: er is geen regel of artikel veranderd.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 en %3</translation>
    </message>
    <message>
        <source>The code file changed: %1 changed; your answers are kept.</source>
        <translation>Het codebestand is veranderd, met wijzigingen in %1. Je antwoorden blijven staan.</translation>
    </message>
    <message>
        <source>The code file changed: %1 changed.</source>
        <translation>Het codebestand is veranderd, met wijzigingen in %1.</translation>
    </message>
</context>
<context>
    <name>codewijzer::CodeReloadBar</name>
    <message>
        <source>The code file %1 has problems; the last good version stays in use until they are fixed.</source>
        <translation>Er zitten fouten in het codebestand %1. Codewijzer gebruikt de laatste goede versie tot je ze verbetert.</translation>
    </message>
    <message>
        <source>(more problems: %1)</source>
        <translation>(nog meer fouten: %1)</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Sluit deze melding</translation>
    </message>
</context>
<context>
    <name>codewijzer::CodeViewDialog</name>
    <message>
        <source>The code of conduct: %1</source>
        <translation>De gedragscode: %1</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>A word of the article, its number or its title</source>
        <translation>Een woord uit het artikel, het nummer of de titel</translation>
    </message>
    <message>
        <source>Search the code of conduct</source>
        <translation>Zoeken in de gedragscode</translation>
    </message>
    <message>
        <source>The articles of the code of conduct</source>
        <translation>De artikelen van de gedragscode</translation>
    </message>
    <message>
        <source>Export the whole code as &amp;PDF…</source>
        <translation>De hele gedragscode als &amp;PDF exporteren…</translation>
    </message>
    <message>
        <source>%1 of %2 articles</source>
        <translation>%1 van de %2 artikelen</translation>
    </message>
    <message>
        <source>Export the whole code as PDF</source>
        <translation>De hele gedragscode als PDF exporteren</translation>
    </message>
    <message>
        <source>The code was not exported</source>
        <translation>De gedragscode is niet geëxporteerd</translation>
    </message>
</context>
<context>
    <name>codewijzer::CompareDialog</name>
    <message>
        <source>The verdicts differ. The strictest is that of %1.</source>
        <translation>De oordelen verschillen. Het strengste oordeel is dat van %1.</translation>
    </message>
    <message>
        <source>The codes give the same verdict.</source>
        <translation>De gedragscodes geven hetzelfde oordeel.</translation>
    </message>
    <message>
        <source>Each code has its own articles and numbers them in its own way: an article of one code is never matched with one of the other.</source>
        <translation>Elke gedragscode heeft eigen artikelen met eigen nummers. Vergelijk dus geen artikelnummers van de ene gedragscode met die van de andere.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Decides</source>
        <translation>Beslissend advies</translation>
    </message>
    <message>
        <source>Other advice</source>
        <translation>Ander advies</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikelen</translation>
    </message>
    <message>
        <source>This advice makes this code the strictest here</source>
        <translation>Door dit advies is deze gedragscode hier het strengst</translation>
    </message>
    <message>
        <source>Verdict ≠</source>
        <translation>Oordeel ≠</translation>
    </message>
    <message>
        <source>The codes give different verdicts</source>
        <translation>De gedragscodes geven verschillende oordelen</translation>
    </message>
    <message>
        <source>The codes side by side</source>
        <translation>De gedragscodes naast elkaar</translation>
    </message>
</context>
<context>
    <name>codewijzer::DraftActions</name>
    <message>
        <source>The draft is on the clipboard.</source>
        <translation>Het concept staat op het klembord.</translation>
    </message>
    <message>
        <source>ODF text document (*.odt)</source>
        <translation>ODF-tekstdocument (*.odt)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Platte tekst (*.txt)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Het concept opslaan</translation>
    </message>
    <message>
        <source>The draft was not saved</source>
        <translation>Het concept is niet opgeslagen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <source>No e-mail program opened</source>
        <translation>Er ging geen e-mailprogramma open</translation>
    </message>
    <message>
        <source>Copy the draft instead, and paste it into your e-mail.</source>
        <translation>Kopieer het concept dan, en plak het in je e-mail.</translation>
    </message>
    <message>
        <source>The draft is in a new e-mail.</source>
        <translation>Het concept staat in een nieuwe e-mail.</translation>
    </message>
</context>
<context>
    <name>codewijzer::DraftsPanel</name>
    <message>
        <source>Ready to use: the texts the advice asks for</source>
        <translation>Klaar om te gebruiken: de teksten die het advies vraagt</translation>
    </message>
    <message>
        <source>Put this line in your post or reaction:</source>
        <translation>Zet deze zin in je bericht of reactie:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Puts the text on the clipboard</source>
        <translation>Zet de tekst op het klembord</translation>
    </message>
    <message>
        <source>Saves the draft as an ODF text document, plain text or PDF</source>
        <translation>Slaat het concept op als ODF-tekstdocument, platte tekst of PDF</translation>
    </message>
    <message>
        <source>Open in e-mail</source>
        <translation>Openen in e-mail</translation>
    </message>
    <message>
        <source>Opens a new e-mail with this subject and text in your e-mail program</source>
        <translation>Opent in je e-mailprogramma een nieuwe e-mail met dit onderwerp en deze tekst</translation>
    </message>
</context>
<context>
    <name>codewijzer::ExportedFileBar</name>
    <message>
        <source>&amp;Open the PDF</source>
        <translation>De &amp;PDF openen</translation>
    </message>
    <message>
        <source>Sho&amp;w in folder</source>
        <translation>In de &amp;map tonen</translation>
    </message>
</context>
<context>
    <name>codewijzer::GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Handleiding</translation>
    </message>
</context>
<context>
    <name>codewijzer::HandoutActions</name>
    <message>
        <source>&amp;Exercise sheet (PDF)…</source>
        <translation>&amp;Oefenblad (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Answer key (PDF)…</source>
        <translation>&amp;Antwoordblad (PDF)…</translation>
    </message>
    <message>
        <source>This code has no training cases</source>
        <translation>Deze gedragscode heeft geen oefencasussen</translation>
    </message>
    <message>
        <source>exercise-sheet-%1.pdf</source>
        <translation>oefenblad-%1.pdf</translation>
    </message>
    <message>
        <source>answer-key-%1.pdf</source>
        <translation>antwoordblad-%1.pdf</translation>
    </message>
    <message>
        <source>Save the exercise sheet as PDF</source>
        <translation>Het oefenblad opslaan als PDF</translation>
    </message>
    <message>
        <source>Save the answer key as PDF</source>
        <translation>Het antwoordblad opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The handout was not saved</source>
        <translation>De hand-out is niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>codewijzer::MainWindow</name>
    <message>
        <source>The answers cannot be taken up again</source>
        <translation>Verdergaan met de antwoorden lukt niet</translation>
    </message>
    <message>
        <source>There are no unfinished answers to take up again.</source>
        <translation>Er zijn geen onafgemaakte antwoorden om mee verder te gaan.</translation>
    </message>
    <message>
        <source>Codewijzer was closed on %1, before the assessment was finished. Answers given: %2. Do you want to go on with them?</source>
        <translation>Codewijzer is op %1 afgesloten voordat de beoordeling klaar was. Gegeven antwoorden: %2. Wil je daarmee verdergaan?</translation>
    </message>
    <message>
        <source>This file cannot be opened</source>
        <translation>Codewijzer kan dit bestand niet openen</translation>
    </message>
    <message>
        <source>%1 cannot be opened; nothing has changed.</source>
        <translation>Codewijzer kan %1 niet openen. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geopend</translation>
    </message>
    <message>
        <source>The rules have changed</source>
        <translation>De regels zijn veranderd</translation>
    </message>
    <message>
        <source>Open an assessment</source>
        <translation>Een beoordeling openen</translation>
    </message>
    <message>
        <source>Codewijzer assessments (*.codewijzer);;Answers files (*.json)</source>
        <translation>Codewijzer-beoordelingen (*.codewijzer);;Antwoordenbestanden (*.json)</translation>
    </message>
    <message>
        <source>The answers were not saved</source>
        <translation>De antwoorden zijn niet opgeslagen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <source>Save the assessment</source>
        <translation>De beoordeling opslaan</translation>
    </message>
    <message>
        <source>Codewijzer assessments (*.codewijzer)</source>
        <translation>Codewijzer-beoordelingen (*.codewijzer)</translation>
    </message>
    <message>
        <source>Delete my answers</source>
        <translation>Mijn antwoorden wissen</translation>
    </message>
    <message>
        <source>Your answers are deleted.</source>
        <translation>Je antwoorden zijn gewist.</translation>
    </message>
    <message>
        <source>Codewijzer</source>
        <translation>Codewijzer</translation>
    </message>
    <message>
        <source>%1[*] - Codewijzer</source>
        <translation>%1[*] - Codewijzer</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Je antwoorden</translation>
    </message>
    <message>
        <source>Your answers cannot be kept for after a crash</source>
        <translation>Je antwoorden worden niet tussendoor bewaard</translation>
    </message>
    <message>
        <source>Codewijzer cannot write its recovery file, so a crash would lose your answers. Save them in a file of your own to keep them.

%1</source>
        <translation>Codewijzer kan het herstelbestand niet schrijven. Loopt het programma vast, dan ben je je antwoorden kwijt. Sla ze daarom zelf op in een bestand.

%1</translation>
    </message>
    <message>
        <source>The assessment cannot be opened</source>
        <translation>Codewijzer kan de beoordeling niet openen</translation>
    </message>
    <message>
        <source>%1 is no longer there; it is taken off the list.</source>
        <translation>%1 is er niet meer. Codewijzer haalt het bestand van de lijst.</translation>
    </message>
    <message>
        <source>Delete every answer you gave, the recovery file and the list of assessments opened last? Files you saved or exported yourself are not touched.</source>
        <translation>Wil je al je antwoorden, het herstelbestand en de lijst met laatst geopende beoordelingen wissen? Bestanden die je zelf hebt opgeslagen of geëxporteerd, blijven staan.</translation>
    </message>
    <message>
        <source>Compare with an earlier version of the code</source>
        <translation>Vergelijk met een eerdere versie van de gedragscode</translation>
    </message>
    <message>
        <source>Code files (*.json)</source>
        <translation>Codebestanden (*.json)</translation>
    </message>
    <message>
        <source>This file cannot be compared</source>
        <translation>Dit bestand is niet te vergelijken</translation>
    </message>
</context>
<context>
    <name>codewijzer::PresenterView</name>
    <message>
        <source>Black screen: press B to go on</source>
        <translation>Zwart scherm: druk op B om verder te gaan</translation>
    </message>
</context>
<context>
    <name>codewijzer::QuestionPage</name>
    <message>
        <source>What you do: %1 %2</source>
        <translation>Wat je doet: %1 %2</translation>
    </message>
    <message>
        <source>The verdict is settled: %1 %2</source>
        <translation>Het oordeel staat vast: %1 %2</translation>
    </message>
    <message>
        <source>No verdict yet: it still depends on your next answers.</source>
        <translation>Nog geen oordeel: dat hangt nog af van je volgende antwoorden.</translation>
    </message>
</context>
<context>
    <name>codewijzer::QuizSummaryDialog</name>
    <message>
        <source>Quiz results</source>
        <translation>Uitslag van de quiz</translation>
    </message>
    <message>
        <source>Export the quiz results as PDF</source>
        <translation>De uitslag van de quiz exporteren als PDF</translation>
    </message>
    <message>
        <source>quiz-results.pdf</source>
        <translation>uitslag-quiz.pdf</translation>
    </message>
    <message>
        <source>The results were not saved</source>
        <translation>De uitslag is niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>codewijzer::RecentAssessmentsBox</name>
    <message>
        <source>Assessments you saved or opened last</source>
        <translation>Beoordelingen die je het laatst hebt opgeslagen of geopend</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 openen</translation>
    </message>
    <message>
        <source>C&amp;lear this list</source>
        <translation>Deze lijst &amp;leegmaken</translation>
    </message>
    <message>
        <source>Forgets the names in this list; the files themselves stay</source>
        <translation>Vergeet de namen in deze lijst; de bestanden zelf blijven staan</translation>
    </message>
</context>
<context>
    <name>codewijzer::RemoteKeys</name>
    <message>
        <source>Choose a verdict first: keys 1–5, or click one. Page Up: back.</source>
        <translation>Kies eerst een oordeel: toets 1–5, of klik erop. Page Up: terug.</translation>
    </message>
    <message>
        <source>the next answer</source>
        <translation>het volgende antwoord</translation>
    </message>
    <message>
        <source>the group chooses a verdict</source>
        <translation>de groep kiest een oordeel</translation>
    </message>
    <message>
        <source>the verdict</source>
        <translation>het oordeel</translation>
    </message>
    <message>
        <source>the advice</source>
        <translation>het advies</translation>
    </message>
    <message>
        <source>the article</source>
        <translation>het artikel</translation>
    </message>
    <message>
        <source>the next case</source>
        <translation>de volgende casus</translation>
    </message>
    <message>
        <source>nothing: this was the last case</source>
        <translation>niets: dit was de laatste casus</translation>
    </message>
    <message>
        <source>Page Down: %1 · Page Up: back · Home/End: start/end of the case · B: black screen</source>
        <translation>Page Down: %1 · Page Up: terug · Home/End: begin/eind van de casus · B: zwart scherm</translation>
    </message>
    <message>
        <source> · Esc: leave</source>
        <translation> · Esc: stoppen</translation>
    </message>
</context>
<context>
    <name>codewijzer::ReportActions</name>
    <message>
        <source>Export the report as PDF</source>
        <translation>Het verslag als PDF exporteren</translation>
    </message>
    <message>
        <source>The report was not exported</source>
        <translation>Het verslag is niet geëxporteerd</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 geëxporteerd</translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>Het verslag staat op het klembord.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
</context>
<context>
    <name>codewijzer::ResultPage</name>
    <message>
        <source>Verdict: %1</source>
        <translation>Oordeel: %1</translation>
    </message>
    <message>
        <source>Article %1: %2</source>
        <translation>Artikel %1: %2</translation>
    </message>
    <message>
        <source>Shows or hides the full text of the article</source>
        <translation>Toont of verbergt de volledige tekst van het artikel</translation>
    </message>
    <message>
        <source>What would change this verdict</source>
        <translation>Wat dit oordeel zou veranderen</translation>
    </message>
    <message>
        <source>a different verdict</source>
        <translation>een ander oordeel</translation>
    </message>
    <message>
        <source>the same verdict</source>
        <translation>hetzelfde oordeel</translation>
    </message>
    <message>
        <source>Try another answer</source>
        <translation>Probeer een ander antwoord</translation>
    </message>
    <message>
        <source>Checked against %1 of %2.</source>
        <translation>Bekeken met de %1 van %2.</translation>
    </message>
    <message>
        <source>Other advice (%1)</source>
        <translation>Ander advies (%1)</translation>
    </message>
    <message>
        <source>More: what would change the verdict, and trying other answers</source>
        <translation>Meer: wat het oordeel verandert, en andere antwoorden proberen</translation>
    </message>
    <message>
        <source>What you do now</source>
        <translation>Wat je nu doet</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>Every article the advice rests on</source>
        <translation>Alle artikelen waar het advies op steunt</translation>
    </message>
    <message>
        <source>No change of one or two of your choices makes the verdict less strict.</source>
        <translation>Als je een of twee keuzes verandert, wordt het oordeel niet minder streng.</translation>
    </message>
    <message>
        <source>The same answers under another school group&apos;s code</source>
        <translation>Dezelfde antwoorden met de gedragscode van een andere scholengroep</translation>
    </message>
    <message>
        <source>Articles: %1 and %2 more</source>
        <translation>Artikelen: %1 en nog %2</translation>
    </message>
    <message>
        <source>%1 more pieces of advice decide the verdict as well: they are first under Other advice.</source>
        <translation>Er is nog meer advies dat het oordeel bepaalt (%1). Je vindt het bovenaan bij Ander advies.</translation>
    </message>
    <message>
        <source>And %1 more pieces of advice: the report (PDF, print or text) has all of them.</source>
        <translation>Er is nog meer advies (%1). Je vindt het allemaal in het verslag (PDF, afdrukken of tekst).</translation>
    </message>
    <message>
        <source>Read %1 in the whole code</source>
        <translation>Lees %1 in de hele gedragscode</translation>
    </message>
    <message>
        <source>Checked against %1 of %2 (%3).</source>
        <translation>Bekeken met de %1 van %2 (%3).</translation>
    </message>
</context>
<context>
    <name>codewijzer::ResultView</name>
    <message>
        <source>Verdict: %1</source>
        <translation>Oordeel: %1</translation>
    </message>
    <message>
        <source>With the changed answers. The case as written: %1.</source>
        <translation>Met de gewijzigde antwoorden. De casus zoals hij beschreven is: %1.</translation>
    </message>
    <message>
        <source>Right: the code says “%1”.</source>
        <translation>Goed: de gedragscode zegt “%1”.</translation>
    </message>
    <message>
        <source>Not quite: you chose “%1”, the code says “%2”.</source>
        <translation>Niet helemaal: je koos “%1”, de gedragscode zegt “%2”.</translation>
    </message>
</context>
<context>
    <name>codewijzer::ReviewPage</name>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Wijzigen: %1</translation>
    </message>
</context>
<context>
    <name>codewijzer::SavedVersionPanel</name>
    <message>
        <source>Choose that version&apos;s file...</source>
        <translation>Kies het bestand van die versie...</translation>
    </message>
    <message>
        <source>Choose the code file of that version</source>
        <translation>Kies het codebestand van die versie</translation>
    </message>
    <message>
        <source>Code files (*.json)</source>
        <translation>Codebestanden (*.json)</translation>
    </message>
</context>
<context>
    <name>codewijzer::StepList</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
</context>
<context>
    <name>codewijzer::TrainingWindow</name>
    <message>
        <source>Quiz: %1 of %2 right</source>
        <translation>Quiz: %1 van %2 goed</translation>
    </message>
    <message>
        <source>Codewijzer: training with %1</source>
        <translation>Codewijzer: training met %1</translation>
    </message>
    <message>
        <source>Codewijzer: training</source>
        <translation>Codewijzer: training</translation>
    </message>
    <message>
        <source>Case %1 of %2</source>
        <translation>Casus %1 van %2</translation>
    </message>
    <message>
        <source>This code has no training cases</source>
        <translation>Deze gedragscode heeft geen oefencasussen</translation>
    </message>
    <message>
        <source>The training cases of this code cannot be used</source>
        <translation>De oefencasussen van deze gedragscode zijn niet te gebruiken</translation>
    </message>
    <message>
        <source>A school&apos;s own code file can carry its cases under &quot;cases&quot;; see the README.</source>
        <translation>Het eigen codebestand van een school kan casussen bevatten onder &quot;cases&quot;; zie de README.</translation>
    </message>
    <message>
        <source>The answers (the changed ones in italics, framed in yellow on the projector)</source>
        <translation>De antwoorden (de gewijzigde schuin, en op de projector geel omlijnd)</translation>
    </message>
    <message>
        <source>The answers</source>
        <translation>De antwoorden</translation>
    </message>
    <message>
        <source>%1, with changed answers</source>
        <translation>%1, met gewijzigde antwoorden</translation>
    </message>
    <message>
        <source>%1: draft version</source>
        <translation>%1: conceptversie</translation>
    </message>
    <message>
        <source>Codewijzer: training with %1 (%2)</source>
        <translation>Codewijzer: training met %1 (%2)</translation>
    </message>
</context>
<context>
    <name>codewijzer::TryAnswerPanel</name>
    <message>
        <source>Back to my own answers</source>
        <translation>Terug naar mijn eigen antwoorden</translation>
    </message>
    <message>
        <source>Change an answer here to see at once what the code would say. Your own answers and the report stay as they are.</source>
        <translation>Verander hier een antwoord om meteen te zien wat de gedragscode dan zegt. Je eigen antwoorden en het verslag blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>With your own answers: %1.</source>
        <translation>Met je eigen antwoorden: %1.</translation>
    </message>
    <message>
        <source>With the changed answers: %1 %2</source>
        <translation>Met de gewijzigde antwoorden: %1 %2</translation>
    </message>
</context>
<context>
    <name>codewijzer::WelcomePage</name>
    <message>
        <source>This code file cannot be used</source>
        <translation>Dit codebestand is niet te gebruiken</translation>
    </message>
    <message>
        <source>The file %1 has problems; the code that applied is kept.</source>
        <translation>Het bestand %1 bevat fouten. De gedragscode die je had, blijft gelden.</translation>
    </message>
    <message>
        <source>Open a school&apos;s own code file</source>
        <translation>Een eigen codebestand van school openen</translation>
    </message>
    <message>
        <source>Code files (*.json)</source>
        <translation>Codebestanden (*.json)</translation>
    </message>
    <message>
        <source>%1, %2: adopted %3, version %4.</source>
        <translation>%1, %2: vastgesteld %3, versie %4.</translation>
    </message>
    <message>
        <source>%1 (draft version)</source>
        <translation>%1 (conceptversie)</translation>
    </message>
    <message>
        <source>%1, %2: %3, version %4.</source>
        <translation>%1, %2: %3, versie %4.</translation>
    </message>
</context>
</TS>
