<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CommandLine</name>
    <message>
        <source>no command given</source>
        <translation>geen opdracht gegeven</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>onbekende opdracht "%1"</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>optie --%1 heeft een waarde nodig</translation>
    </message>
    <message>
        <source>unknown option --%1 for "%2"</source>
        <translation>onbekende optie --%1 bij "%2"</translation>
    </message>
    <message>
        <source>--lang takes nl or en, not "%1"</source>
        <translation>--lang neemt nl of en, niet "%1"</translation>
    </message>
    <message>
        <source>--format takes json or text, not "%1"</source>
        <translation>--format neemt json of text, niet "%1"</translation>
    </message>
    <message>
        <source>give --code or --code-file, not both</source>
        <translation>geef --code of --code-file, niet allebei</translation>
    </message>
    <message>
        <source>"articles" needs --code ID or --code-file PATH</source>
        <translation>"articles" heeft --code ID of --code-file PAD nodig</translation>
    </message>
    <message>
        <source>"%1" takes no file</source>
        <translation>"%1" neemt geen bestand</translation>
    </message>
    <message>
        <source>"%1" takes one answers file (or - for standard input)</source>
        <translation>"%1" neemt één antwoordenbestand (of - voor standaardinvoer)</translation>
    </message>
    <message>
        <source>Usage: codewijzer-cli COMMAND [OPTIONS]

Checks a social-media action against a school's code of conduct.

Commands:
  evaluate [--code ID | --code-file PATH] [--lang nl|en]
           [--format json|text|html|pdf] [--output FILE] FILE|-
                 evaluate one answers file or saved assessment (- reads standard
                 input); html and pdf make the full report (pdf needs --output)
  questions [--code ID] [--lang nl|en] [--format json|text]
                 list the questions, their options and when each is asked
  articles (--code ID | --code-file PATH) [--lang nl|en] [--format json|text]
                 list a code's articles: id, title and full text
  codes [--lang nl|en] [--format json|text]
                 list the built-in codes
  verify [--code ID | --code-file PATH] [--lang nl|en] [--format json|text]
                 check a code's rules over every combination of answers
                 (without a code: every built-in code)

Options:
  --code ID         a built-in code: dunamare or mondia
  --code-file PATH  a school's own code file
  --lang nl|en      the language of texts (default: nl)
  --format json|text  the output format (default: json)
  --output FILE     write to FILE (replaced whole or not at all) instead of
                    standard output
  --help            show this help
  --version         show the version

Exit codes: 0 success, 1 verify found a problem, 2 bad input, 64 bad usage.
</source>
        <translation>Gebruik: codewijzer-cli COMMAND [OPTIES]

Toetst een actie op sociale media aan de gedragscode van een school.

Opdrachten:
  evaluate [--code ID | --code-file PAD] [--lang nl|en]
           [--format json|text|html|pdf] [--output BESTAND] BESTAND|-
                 beoordeel één antwoordenbestand of opgeslagen beoordeling (- leest
                 de standaardinvoer); html en pdf maken het volledige verslag
                 (pdf vraagt --output)
  questions [--code ID] [--lang nl|en] [--format json|text]
                 toon de vragen, hun opties en wanneer elke vraag komt
  articles (--code ID | --code-file PAD) [--lang nl|en] [--format json|text]
                 toon de artikelen van een code: id, titel en volledige tekst
  codes [--lang nl|en] [--format json|text]
                 toon de ingebouwde codes
  verify [--code ID | --code-file PAD] [--lang nl|en] [--format json|text]
                 controleer de regels van een code voor elke combinatie van antwoorden
                 (zonder code: elke ingebouwde code)

Opties:
  --code ID         een ingebouwde code: dunamare of mondia
  --code-file PAD   het eigen codebestand van een school
  --lang nl|en      de taal van de teksten (standaard: nl)
  --format json|text  de vorm van de uitvoer (standaard: json)
  --output BESTAND  schrijf naar BESTAND (helemaal vervangen of helemaal niet)
                    in plaats van naar de standaarduitvoer
  --help            toon deze hulp
  --version         toon de versie

Afsluitcodes: 0 gelukt, 1 verify vond een probleem, 2 foute invoer, 64 fout gebruik.
</translation>
    </message>
    <message>
        <source>--format takes json, text, html or pdf, not "%1"</source>
        <translation>--format neemt json, text, html of pdf, niet "%1"</translation>
    </message>
    <message>
        <source>--format pdf needs --output FILE</source>
        <translation>--format pdf vraagt --output BESTAND</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>error: %1</source>
        <translation>fout: %1</translation>
    </message>
    <message>
        <source>%1: the answers file names no "code"; give one with --code ID or --code-file PATH</source>
        <translation>%1: het antwoordenbestand noemt geen "code"; geef er een met --code ID of --code-file PAD</translation>
    </message>
    <message>
        <source>warning: %1: answers.%2 is ignored: that question is not asked with these answers</source>
        <translation>waarschuwing: %1: answers.%2 telt niet mee: die vraag wordt bij deze antwoorden niet gesteld</translation>
    </message>
    <message>
        <source>adopted %1</source>
        <translation>vastgesteld %1</translation>
    </message>
    <message>
        <source>warning: %1 was saved under another version of %2 (fingerprint %3, now %4): the rules have changed since</source>
        <translation>waarschuwing: %1 is opgeslagen met een andere versie van %2 (vingerafdruk %3, nu %4): de regels zijn sindsdien veranderd</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>%1, %2 (adopted %3)</source>
        <translation>%1, %2 (vastgesteld %3)</translation>
    </message>
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
        <source>Articles of the code</source>
        <translation>Artikelen van de code</translation>
    </message>
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
        <translation>Regels van %1 die hem gebruiken: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
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
        <source>Rules that never apply:</source>
        <translation>Regels die nooit gelden:</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Codewijzer: advice under %1</source>
        <translation>Codewijzer: advies volgens %1</translation>
    </message>
    <message>
        <source>Codewijzer · %1 · %2 · page %3 of %4</source>
        <translation>Codewijzer · %1 · %2 · pagina %3 van %4</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
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
        <translation>Vingerafdruk</translation>
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
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
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
        <source>The questions and your answers</source>
        <translation>De vragen en je antwoorden</translation>
    </message>
    <message>
        <source>The articles of the code</source>
        <translation>De artikelen van de code</translation>
    </message>
    <message>
        <source>This advice follows from the answers above and the code named here. The code itself decides; when in doubt, ask your supervisor.</source>
        <translation>Dit advies volgt uit de antwoorden hierboven en de genoemde code. De code zelf beslist; twijfel je, vraag het je leidinggevende.</translation>
    </message>
    <message>
        <source>Made on: %1</source>
        <translation>Gemaakt op: %1</translation>
    </message>
    <message>
        <source>Code version: %1, fingerprint %2</source>
        <translation>Versie van de code: %1, vingerafdruk %2</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>The result</source>
        <translation>Het resultaat</translation>
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
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Check before you post</source>
        <translation>Eerst checken, dan posten</translation>
    </message>
    <message>
        <source>Codewijzer checks what you plan to do on social media against your school's code of conduct, before you do it. Answer a few short questions and you get a verdict, the advice that follows and the articles of your code that it rests on.</source>
        <translation>Codewijzer toetst wat je op sociale media wilt doen aan de gedragscode van je school, voordat je het doet. Beantwoord een paar korte vragen en je krijgt een oordeel, het advies dat erbij hoort en de artikelen uit je gedragscode waar het op rust.</translation>
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
        <source>&amp;Open a school's own code file...</source>
        <translation>Een &amp;eigen codebestand van school openen...</translation>
    </message>
    <message>
        <source>Codewijzer works offline: nothing you answer leaves this computer, and your answers are gone when you close it. Only the choice of code below is remembered.</source>
        <translation>Codewijzer werkt offline: niets van wat je antwoordt gaat van deze computer af, en je antwoorden zijn weg als je het programma sluit. Alleen de keuze van de gedragscode hieronder wordt onthouden.</translation>
    </message>
</context>
<context>
    <name>codewijzer::CodewijzerWizard</name>
    <message>
        <source>Codewijzer</source>
        <translation>Codewijzer</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>Opnieuw &amp;beginnen</translation>
    </message>
    <message>
        <source>Clears every answer and starts from the beginning</source>
        <translation>Wist alle antwoorden en begint opnieuw</translation>
    </message>
</context>
<context>
    <name>codewijzer::QuestionPage</name>
    <message>
        <source>no verdict yet</source>
        <translation>nog geen oordeel</translation>
    </message>
    <message>
        <source>&lt;b&gt;So far:&lt;/b&gt; %1 &lt;i&gt;(answers given: %2; the result can still change)&lt;/i&gt;</source>
        <translation>&lt;b&gt;Tot nu toe:&lt;/b&gt; %1 &lt;i&gt;(gegeven antwoorden: %2; het resultaat kan nog veranderen)&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>codewijzer::ResultPage</name>
    <message>
        <source>According to %1 of %2.</source>
        <translation>Volgens de %1 van %2.</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Oordeel: %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Wat je moet doen</translation>
    </message>
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
        <source>The articles of your code</source>
        <translation>De artikelen uit je gedragscode</translation>
    </message>
    <message>
        <source>Article %1: %2</source>
        <translation>Artikel %1: %2</translation>
    </message>
    <message>
        <source>Shows or hides the full text of the article</source>
        <translation>Toont of verbergt de volledige tekst van het artikel</translation>
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
    <name>codewijzer::WelcomePage</name>
    <message>
        <source>This code file cannot be used</source>
        <translation>Dit codebestand is niet te gebruiken</translation>
    </message>
    <message>
        <source>The file %1 has problems; the code that applied is kept.</source>
        <translation>Het bestand %1 bevat fouten; de gedragscode die gold blijft gelden.</translation>
    </message>
    <message>
        <source>Open a school's own code file</source>
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
</context>
</TS>