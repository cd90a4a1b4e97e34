import { describe, expect, it } from "vitest";
import { addressScanner } from "./address-detector.js";
import { labelledAddresses } from "./labelled-addresses.js";
import { expectCase } from "./test-support/hits.js";

// written for these rules: addresses after their label in forms, tickets and chats of many countries
describe("addresses after an address label", () => {
  it.each([
    ["Helbidea: Foruen kalea 14, 48005 Bilbo", "Foruen kalea 14, 48005 Bilbo"],
    ["Adrese: Elizabetes iela 21-4, Rīga, LV-1010\nTālr.: 2", "Elizabetes iela 21-4, Rīga, LV-1010"],
    ["Naslov: Slovenska cesta 9, 1000 Ljubljana", "Slovenska cesta 9, 1000 Ljubljana"],
    ["indirizz 7, Triq San Pawl, Rabat RBT 1234, mowbajl 9912 3344.", "7, Triq San Pawl, Rabat RBT 1234"],
    ["ঠিকানা: বাড়ি ৪৫, রোড ১১, বনানী, ঢাকা ১২১৩\nফোন: 0", "বাড়ি ৪৫, রোড ১১, বনানী, ঢাকা ১২১৩"],
    ["என் முகவரி 22, காந்தி தெரு, அண்ணா நகர், மதுரை 625020.", "22, காந்தி தெரு, அண்ணா நகர், மதுரை 625020"],
    ["میرا پتہ مکان نمبر 4، گلی 12، جی-9/4، اسلام آباد ہے۔", "مکان نمبر 4، گلی 12، جی-9/4، اسلام آباد"],
    ["ჩემი მისამართია რუსთაველის გამზირი 12, თბილისი 0108, ტელეფონი 5", "რუსთაველის გამზირი 12, თბილისი 0108"],
    ["Tirahan: Blk 3 Lot 9, Brgy. Malanday, Marikina City 1805", "Blk 3 Lot 9, Brgy. Malanday, Marikina City 1805"],
    ["ninaishi Mtaa wa Uhuru, Plot 12, Arusha. Simu 0754 000 000", "Mtaa wa Uhuru, Plot 12, Arusha"],
    ["Мекенжайы: Астана қ., Тұран даңғылы 5, 12-пәтер", "Астана қ., Тұран даңғылы 5, 12-пәтер"],
    ["Mailing address: 4 Rue Haute, 1000 Bruxelles", "4 Rue Haute, 1000 Bruxelles"],
    // an abbreviated street word with its dot, a one-letter particle in the street's name
    ["Ünvan: Nizami küç. 87, mənzil 12, Bakı AZ1010\nTel: 050 039 71 05", "Nizami küç. 87, mənzil 12, Bakı AZ1010"],
    ["adresa ime: Rruga e Durrësit 112, Tiranë 1001.", "Rruga e Durrësit 112, Tiranë 1001"],
    // a conjunction after the number still ends the value
    ["Indirizzo: Via Roma 1, Milano e telefono 02 1234 5678", "Via Roma 1, Milano"],
  ])("%j", (text, value) => {
    expect(labelledAddresses(text).map((a) => a.value)).toEqual([value]);
  });
  it.each([
    // an address label before things that are no postal address: IPs, e-mails, versions, prices, one-part values,
    // a sentence about an address
    "IP address: 10.0.0.12, gateway 10.0.0.1",
    "Adresse e-mail : anne@exemple.fr, merci",
    "address the 3 bugs first, then the docs",
    "Adres: zie boven",
    "Naslov: Poročilo 2024, 2025",
    "MAC address 00:1A:2B:3C:4D:5E, vendor Acme",
    "Adrese: v2.4.1, v2.4.2",
    "Address: 42",
    "My address is 12 Main St",
    "My wallet address is 0xef5aa5e1a92a09af9edcfe53baa05451d57ce3e3, send the refund there.",
    "Deposit address: bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq, network BTC",
    "Server address: db-01, port 5432",
    "Adresa e re e faqes, versioni 2",
  ])("no labelled address in %j", (text) => {
    expect(labelledAddresses(text)).toEqual([]);
  });
});

describe("address forms added with the labelled addresses", () => {
  it.each([
    { text: "we moved to 1204-55 Harbour Sq, Toronto, ON M5J 2L1 last week", value: "1204-55 Harbour Sq, Toronto, ON M5J 2L1" },
    { text: "could you send the parcel to 77 maple ave apt 3, albany ny 12203 thanks", value: "77 maple ave apt 3, albany ny 12203" },
    { text: "Gwen Morgan\n14 Ffordd Las\nBangor\nLL57 2EH\n\nDear Gwen,", value: "14 Ffordd Las\nBangor\nLL57 2EH" },
    { text: "Wij wonen op Korte Prinsengracht 3, 1013 GR Amsterdam.", value: "Korte Prinsengracht 3, 1013 GR Amsterdam" },
    { text: "Adresim Atatürk Caddesi No: 5 D: 2, Konak/İzmir 35250 olarak değişti.", value: "Atatürk Caddesi No: 5 D: 2, Konak/İzmir 35250" },
    { text: "Domicilio: Av. Santa Fe 1800 piso 2 dto A, C1123 CABA", value: "Av. Santa Fe 1800 piso 2 dto A, C1123 CABA" },
    { text: "عنواني حي الروضة، شارع الأمير سلطان، جدة 23435، وهاتفي 0501234567", value: "حي الروضة، شارع الأمير سلطان، جدة 23435" },
    { text: "Please deliver to Blk 204 Bedok North St 1, #08-331, Singapore 460204.", value: "Blk 204 Bedok North St 1, #08-331, Singapore 460204" },
    { text: "Address: Flat 9, 40 Leeson Street, Dublin 4, D04 E2F6", value: "Flat 9, 40 Leeson Street, Dublin 4, D04 E2F6" },
    { text: "عنواني: ص.ب. 9021، العين، الإمارات", value: "ص.ب. 9021، العين، الإمارات" },
    { text: "Address: House 8, Street 31, F-7/1, Islamabad 44000", value: "House 8, Street 31, F-7/1, Islamabad 44000" },
    // lower-case street types after the name (Slovene, Turkish)
    { text: "Stranka Nina Kovačič, Trubarjeva cesta 27, 1000 Ljubljana, GSM 041 998 580", value: "Trubarjeva cesta 27, 1000 Ljubljana" },
    { text: "Bağdat caddesi 12, 34728 Kadıköy", value: "Bağdat caddesi 12, 34728 Kadıköy" },
  ])("$value", ({ text, value }) => {
    expectCase(addressScanner, "ADDRESS", { text, value, min: 0.6, max: 1 });
  });
  it.each([
    // ranges, counts and versions that look like a unit-dash number or a lower-case street
    "the 10-15 Minute Walk, London",
    "send the 3 red rows to me",
    "we should mail the 4 quarterly reports to 3 board members and 2 state office",
    "Step 2 Open The Box\nNext\nAB1 2CD",
    "Block 5 of the test suite, 12 failures in 3 files",
    "Version 2 Release 14, build 3",
    "Ulica 5 je zaprta, cesta 12 tudi",
  ])("no address in %j", (text) => {
    expectCase(addressScanner, "ADDRESS", { text, value: null, min: 0.5, max: 1 });
  });
});
