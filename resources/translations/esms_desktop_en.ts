<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
  <context>
    <name>AccountHealth</name>
    <message>
      <source>Warn when the balance is under</source>
      <translation>Warn when the balance is under</translation>
    </message>
    <message>
      <source>never</source>
      <translation>never</translation>
    </message>
    <message>
      <source>Zalo OA %1: quality not available now.</source>
      <translation>Zalo OA %1: quality not available now.</translation>
    </message>
    <message>
      <source>Zalo OA %1: quality %2, both over the last 48 hours and over 7 days.</source>
      <translation>Zalo OA %1: quality %2, both over the last 48 hours and over 7 days.</translation>
    </message>
    <message>
      <source>Zalo OA %1: quality %2 over the last 48 hours, %3 over 7 days.</source>
      <translation>Zalo OA %1: quality %2 over the last 48 hours, %3 over 7 days.</translation>
    </message>
    <message>
      <source>1 customer rating in 30 days: %2 stars.</source>
      <translation>1 customer rating in 30 days: %2 stars.</translation>
    </message>
    <message>
      <source>%1 customer ratings in 30 days: %2 stars on average, %3 of 1-2 stars.</source>
      <translation>%1 customer ratings in 30 days: %2 stars on average, %3 of 1-2 stars.</translation>
    </message>
    <message>
      <source>Zalo lowers the quota of a poor OA and may block its messages.</source>
      <translation>Zalo lowers the quota of a poor OA and may block its messages.</translation>
    </message>
  </context>
  <context>
    <name>AccountPage</name>
    <message>
      <source>Your eSMS account</source>
      <extracomment>Account look-ups asked for: only the latest one's answer is shown. What "Connected" said of the account (kept above a later "Check with eSMS"), and what is said under it of the keys in use (not saved).</extracomment>
      <translation>Your eSMS account</translation>
    </message>
    <message>
      <source>Demo mode: the app talks to a built-in stand-in for eSMS. Nothing is sent and no money is spent. Press Test connection to see the demo account.</source>
      <translation>Demo mode: the app talks to a built-in stand-in for eSMS. Nothing is sent and no money is spent. Press Test connection to see the demo account.</translation>
    </message>
    <message>
      <source>Copy the ApiKey and SecretKey from the eSMS dashboard (API settings). They are kept only in this computer's password store, never in a file.</source>
      <translation>Copy the ApiKey and SecretKey from the eSMS dashboard (API settings). They are kept only in this computer's password store, never in a file.</translation>
    </message>
    <message>
      <source>Sign in at esms.vn, click your avatar (top right), then Quản lý API (API management). Copy the ApiKey and the SecretKey shown there into the boxes below and press Save keys.</source>
      <translation>Sign in at esms.vn, click your avatar (top right), then Quản lý API (API management). Copy the ApiKey and the SecretKey shown there into the boxes below and press Save keys.</translation>
    </message>
    <message>
      <source>Demo account</source>
      <translation>Demo account</translation>
    </message>
    <message>
      <source>e.g. My shop</source>
      <translation>e.g. My shop</translation>
    </message>
    <message>
      <source>Remove account</source>
      <translation>Remove account</translation>
    </message>
    <message>
      <source>Check with eSMS</source>
      <translation>Check with eSMS</translation>
    </message>
    <message>
      <source>Checks that eSMS answers the way this app expects, with free look-ups and test sends that are neither delivered nor charged. The result can be sent to support; it contains no key.</source>
      <translation>Checks that eSMS answers the way this app expects, with free look-ups and test sends that are neither delivered nor charged. The result can be sent to support; it contains no key.</translation>
    </message>
    <message>
      <source>&amp;Where do I find my API key?</source>
      <translation>&amp;Where do I find my API key?</translation>
    </message>
    <message>
      <source>&amp;Account name</source>
      <translation>&amp;Account name</translation>
    </message>
    <message>
      <source>A&amp;piKey</source>
      <translation>A&amp;piKey</translation>
    </message>
    <message>
      <source>Secret&amp;Key</source>
      <translation>Secret&amp;Key</translation>
    </message>
    <message>
      <source>&amp;Save keys</source>
      <translation>&amp;Save keys</translation>
    </message>
    <message>
      <source>&amp;Remove account</source>
      <translation>&amp;Remove account</translation>
    </message>
    <message>
      <source>&amp;Test connection</source>
      <translation>&amp;Test connection</translation>
    </message>
    <message>
      <source>&amp;Check with eSMS</source>
      <translation>&amp;Check with eSMS</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>Balance</translation>
    </message>
    <message>
      <source>Brandnames</source>
      <translation>Brandnames</translation>
    </message>
    <message>
      <source>Zalo Official Accounts</source>
      <translation>Zalo Official Accounts</translation>
    </message>
    <message>
      <source>Registered templates</source>
      <translation>Registered templates</translation>
    </message>
    <message>
      <source>Using the keys from ESMS_API_KEY and ESMS_SECRET_KEY.</source>
      <translation>Using the keys from ESMS_API_KEY and ESMS_SECRET_KEY.</translation>
    </message>
    <message>
      <source>Type the ApiKey and SecretKey on the Account page.</source>
      <translation>Type the ApiKey and SecretKey on the Account page.</translation>
    </message>
    <message>
      <source>Give the account a name first.</source>
      <translation>Give the account a name first.</translation>
    </message>
    <message>
      <source>Saving the keys in the system password store...</source>
      <translation>Saving the keys in the system password store...</translation>
    </message>
    <message>
      <source>The keys are used until the app closes; they were not saved.</source>
      <translation>The keys are used until the app closes; they were not saved.</translation>
    </message>
    <message>
      <source>Keys saved in the system password store.</source>
      <translation>Keys saved in the system password store.</translation>
    </message>
    <message>
      <source>Reading the keys from the system password store...</source>
      <translation>Reading the keys from the system password store...</translation>
    </message>
    <message>
      <source>Not finished, and started with this account: campaign %1. Without its keys it cannot be sent on; save the same keys again (any name) to finish it.</source>
      <translation>Not finished, and started with this account: campaign %1. Without its keys it cannot be sent on; save the same keys again (any name) to finish it.</translation>
    </message>
    <message>
      <source>Type the ApiKey and SecretKey above first (eSMS dashboard, API settings).</source>
      <translation>Type the ApiKey and SecretKey above first (eSMS dashboard, API settings).</translation>
    </message>
    <message>
      <source>This computer's clock is %1 minutes behind eSMS's.</source>
      <translation>This computer's clock is %1 minutes behind eSMS's.</translation>
    </message>
    <message>
      <source>This computer's clock is %1 minutes ahead of eSMS's.</source>
      <translation>This computer's clock is %1 minutes ahead of eSMS's.</translation>
    </message>
    <message>
      <source>Turn on "Set time automatically" in the computer's date and time settings: advertising hours and send times are judged by this clock.</source>
      <translation>Turn on "Set time automatically" in the computer's date and time settings: advertising hours and send times are judged by this clock.</translation>
    </message>
    <message>
      <source>Checking with eSMS (free look-ups and test sends)...</source>
      <translation>Checking with eSMS (free look-ups and test sends)...</translation>
    </message>
    <message>
      <source>No keys are saved for this account.</source>
      <translation>No keys are saved for this account.</translation>
    </message>
    <message>
      <source>For your own eSMS account, close the demo and open eSMS Desktop without "demo" in its name: the demo's campaigns and do-not-send list stay apart.</source>
      <translation>For your own eSMS account, close the demo and open eSMS Desktop without "demo" in its name: the demo's campaigns and do-not-send list stay apart.</translation>
    </message>
    <message>
      <source>Remove the saved keys of %1 from this computer?</source>
      <translation>Remove the saved keys of %1 from this computer?</translation>
    </message>
    <message>
      <source>Account removed.</source>
      <translation>Account removed.</translation>
    </message>
    <message>
      <source>Asking eSMS...</source>
      <translation>Asking eSMS...</translation>
    </message>
    <message>
      <source>advertising</source>
      <translation>advertising</translation>
    </message>
    <message>
      <source>customer care</source>
      <translation>customer care</translation>
    </message>
    <message>
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <source>Connected. Balance: %1
Brandnames: %2
Zalo OAs: %3</source>
      <translation>Connected. Balance: %1
Brandnames: %2
Zalo OAs: %3</translation>
    </message>
  </context>
  <context>
    <name>CampaignNotes</name>
    <message>
      <source>eSMS holds %1 of these messages to send later (the next at %2, Vietnam time). The app cannot take them back: to cancel them, use eSMS's website (its list of scheduled messages).</source>
      <translation>eSMS holds %1 of these messages to send later (the next at %2, Vietnam time). The app cannot take them back: to cancel them, use eSMS's website (its list of scheduled messages).</translation>
    </message>
    <message>
      <source>Send to the failure &amp;again</source>
      <translation>Send to the failure &amp;again</translation>
    </message>
    <message>
      <source>Send to %1 failures &amp;again</source>
      <translation>Send to %1 failures &amp;again</translation>
    </message>
    <message>
      <source>Send to failures &amp;again</source>
      <translation>Send to failures &amp;again</translation>
    </message>
    <message>
      <source>Delivered: %1. Not delivered: %2. Still waiting: %3.</source>
      <translation>Delivered: %1. Not delivered: %2. Still waiting: %3.</translation>
    </message>
    <message>
      <source>Of those waiting, %1: Zalo could not reach them and eSMS has no record yet of the SMS it sends instead. The app keeps looking and never sends them again by itself; each row says what you can do.</source>
      <translation>Of those waiting, %1: Zalo could not reach them and eSMS has no record yet of the SMS it sends instead. The app keeps looking and never sends them again by itself; each row says what you can do.</translation>
    </message>
    <message>
      <source>Send again 1 message that can go through now, for about %1?</source>
      <translation>Send again 1 message that can go through now, for about %1?</translation>
    </message>
    <message>
      <source>Send again %1 messages that can go through now, for about %2?</source>
      <translation>Send again %1 messages that can go through now, for about %2?</translation>
    </message>
  </context>
  <context>
    <name>CampaignStop</name>
    <message>
      <source>Stop campaign %1 (%2) for good? Messages not sent yet: %3. They will never be sent; what was sent stays sent.</source>
      <translation>Stop campaign %1 (%2) for good? Messages not sent yet: %3. They will never be sent; what was sent stays sent.</translation>
    </message>
    <message>
      <source>Stop for good</source>
      <translation>Stop for good</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>Keep it</translation>
    </message>
    <message>
      <source>Campaign %1 stopped. Messages that will not be sent: %2.</source>
      <translation>Campaign %1 stopped. Messages that will not be sent: %2.</translation>
    </message>
    <message>
      <source>May have reached eSMS: %1; 'Settle unconfirmed...' tells which did. None is sent again.</source>
      <translation>May have reached eSMS: %1; 'Settle unconfirmed...' tells which did. None is sent again.</translation>
    </message>
    <message>
      <source>Delete campaign %1 (%2)? It sent nothing.</source>
      <translation>Delete campaign %1 (%2)? It sent nothing.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Campaign deleted.</source>
      <translation>Campaign deleted.</translation>
    </message>
  </context>
  <context>
    <name>ConsentCheck</name>
    <message>
      <source>Every customer in my lists agreed to receive advertising</source>
      <extracomment>The setting changed: a check made before no longer describes the campaign.</extracomment>
      <translation>Every customer in my lists agreed to receive advertising</translation>
    </message>
    <message>
      <source>Law 91/2025 on personal data allows advertising only to people who agreed. Tick this only if you hold that consent for every customer; a list with a consent column (Đồng ý nhận quảng cáo) is still read row by row.</source>
      <translation>Law 91/2025 on personal data allows advertising only to people who agreed. Tick this only if you hold that consent for every customer; a list with a consent column (Đồng ý nhận quảng cáo) is still read row by row.</translation>
    </message>
  </context>
  <context>
    <name>DeliveryRefresh</name>
    <message>
      <source>Asking eSMS about delivery...</source>
      <extracomment>Said as a campaign's (id) status line. (campaign, done, total), emitted on the worker thread. The campaign being refreshed (progress of an earlier one is not said).</extracomment>
      <translation>Asking eSMS about delivery...</translation>
    </message>
    <message>
      <source>Asking eSMS about delivery: %1 of %2 looked up...</source>
      <translation>Asking eSMS about delivery: %1 of %2 looked up...</translation>
    </message>
  </context>
  <context>
    <name>FailuresModel</name>
    <message>
      <source>Row</source>
      <translation>Row</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>What happened</translation>
    </message>
    <message>
      <source>What to do</source>
      <translation>What to do</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <source>No.</source>
      <extracomment>The column that takes the width the numbers leave. Columns of words (created, name, channel, state): they share what the numbers leave. The channel and the state: whole, on two lines if need be.</extracomment>
      <translation>No.</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Created</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Accepted</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Failed</translation>
    </message>
    <message>
      <source>Left out</source>
      <translation>Left out</translation>
    </message>
    <message>
      <source>Not sent yet</source>
      <translation>Not sent yet</translation>
    </message>
    <message>
      <source>Delivered</source>
      <translation>Delivered</translation>
    </message>
    <message>
      <source>Cost (VND)</source>
      <translation>Cost (VND)</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>Ready</translation>
    </message>
    <message>
      <source>Sending</source>
      <translation>Sending</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>Paused</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Paused: %1</source>
      <translation>Paused: %1</translation>
    </message>
    <message>
      <source>(%1 may have reached eSMS)</source>
      <translation>(%1 may have reached eSMS)</translation>
    </message>
    <message>
      <source>%1 scheduled, next %2</source>
      <translation>%1 scheduled, next %2</translation>
    </message>
  </context>
  <context>
    <name>HistoryPage</name>
    <message>
      <source>History</source>
      <extracomment>A campaign to (re)send: emitted with its id for the Send page. The empty state's action: make a first campaign (from the Customers page). The campaigns were read and shown (tests, benchmarks). "Send again" ended without a new campaign (declined, nothing to send, failed). Counts the reads of messages for the table: only the latest one is shown. Counts the reads of the campaigns: only the latest one is shown. The window closed: results still on their way are dropped. The campaign whose messages the lower table shows (or is reading). The selected campaign's id for which "Delete" is allowed (read off the window). "Send again" is planning or writing a campaign. How many failures of the campaign shown "Send again" sends, as last read. The campaign the status line speaks of (None: of none in particular): the line goes when another campaign is selected.</extracomment>
      <translation>History</translation>
    </message>
    <message>
      <source>Send to failures &amp;again</source>
      <translation>Send to failures &amp;again</translation>
    </message>
    <message>
      <source>What was not sent yet is never sent.</source>
      <translation>What was not sent yet is never sent.</translation>
    </message>
    <message>
      <source>Only a campaign that sent nothing can be deleted.</source>
      <translation>Only a campaign that sent nothing can be deleted.</translation>
    </message>
    <message>
      <source>Campaigns</source>
      <translation>Campaigns</translation>
    </message>
    <message>
      <source>Messages of the selected campaign</source>
      <translation>Messages of the selected campaign</translation>
    </message>
    <message>
      <source>No campaign yet</source>
      <translation>No campaign yet</translation>
    </message>
    <message>
      <source>Every campaign you send is listed here, with each customer's result and delivery. Start with your customer list.</source>
      <translation>Every campaign you send is listed here, with each customer's result and delivery. Start with your customer list.</translation>
    </message>
    <message>
      <source>Re&amp;fresh delivery</source>
      <extracomment>Why "Send again" is off for the selected campaign (its failures would fail again).</extracomment>
      <translation>Re&amp;fresh delivery</translation>
    </message>
    <message>
      <source>Sa&amp;ve report...</source>
      <translation>Sa&amp;ve report...</translation>
    </message>
    <message>
      <source>&amp;Resume sending</source>
      <translation>&amp;Resume sending</translation>
    </message>
    <message>
      <source>&amp;Stop for good...</source>
      <translation>&amp;Stop for good...</translation>
    </message>
    <message>
      <source>Settle &amp;unconfirmed...</source>
      <translation>Settle &amp;unconfirmed...</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Delete</translation>
    </message>
    <message>
      <source>Open a customer list</source>
      <translation>Open a customer list</translation>
    </message>
    <message>
      <source>&amp;Open the sample list</source>
      <translation>&amp;Open the sample list</translation>
    </message>
    <message>
      <source>Save report</source>
      <translation>Save report</translation>
    </message>
    <message>
      <source>Saving the report...</source>
      <translation>Saving the report...</translation>
    </message>
    <message>
      <source>Report saved: %1</source>
      <translation>Report saved: %1</translation>
    </message>
    <message>
      <source>%1 (sent again)</source>
      <translation>%1 (sent again)</translation>
    </message>
    <message>
      <source>Nothing in this campaign is worth sending again: the failures would fail the same way.</source>
      <translation>Nothing in this campaign is worth sending again: the failures would fail the same way.</translation>
    </message>
    <message>
      <source>Already sent again, by campaign %1: nothing is sent twice.</source>
      <translation>Already sent again, by campaign %1: nothing is sent twice.</translation>
    </message>
    <message>
      <source>Send again</source>
      <translation>Send again</translation>
    </message>
    <message>
      <source>Looking the messages up in eSMS's sent list...</source>
      <translation>Looking the messages up in eSMS's sent list...</translation>
    </message>
  </context>
  <context>
    <name>LegacyTextBar</name>
    <message>
      <source>Convert the text, or undo the conversion</source>
      <translation>Convert the text, or undo the conversion</translation>
    </message>
    <message>
      <source>Converted %1 cells from %2 to normal Vietnamese text.</source>
      <translation>Converted %1 cells from %2 to normal Vietnamese text.</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <source>&amp;Convert</source>
      <translation>&amp;Convert</translation>
    </message>
    <message>
      <source>This file seems to be in %1, an old Vietnamese encoding: names would be sent garbled, so %2 rows are held back (marked "Cannot send" below). Convert the text?</source>
      <translation>This file seems to be in %1, an old Vietnamese encoding: names would be sent garbled, so %2 rows are held back (marked "Cannot send" below). Convert the text?</translation>
    </message>
    <message>
      <source>This file seems to be in %1, an old Vietnamese encoding; the message does not use its garbled cells, so no row is held back. Convert the text anyway?</source>
      <translation>This file seems to be in %1, an old Vietnamese encoding; the message does not use its garbled cells, so no row is held back. Convert the text anyway?</translation>
    </message>
  </context>
  <context>
    <name>LibraryBox</name>
    <message>
      <source>Saved messages:</source>
      <extracomment>A saved message was picked: the form should show it. The library was read again (for tests). What the form holds now, as an entry without a name. The entry the form was last filled from or saved as.</extracomment>
      <translation>Saved messages:</translation>
    </message>
    <message>
      <source>&amp;Use</source>
      <translation>&amp;Use</translation>
    </message>
    <message>
      <source>Sa&amp;ve this message</source>
      <translation>Sa&amp;ve this message</translation>
    </message>
    <message>
      <source>name, e.g. Thanks for the order</source>
      <translation>name, e.g. Thanks for the order</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Saved.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>DEMO - no real messages are sent, no money is spent</source>
      <extracomment>Emitted once, when the window has painted itself (or a second has passed), before its pages exist: time to build them. The pages are built and the window is ready for use. Longest wait for the first paint (a window started minimised paints late).</extracomment>
      <translation>DEMO - no real messages are sent, no money is spent</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>Steps</translation>
    </message>
    <message>
      <source>1. Account</source>
      <translation>1. Account</translation>
    </message>
    <message>
      <source>2. Customers</source>
      <translation>2. Customers</translation>
    </message>
    <message>
      <source>3. Message</source>
      <translation>3. Message</translation>
    </message>
    <message>
      <source>4. Send</source>
      <translation>4. Send</translation>
    </message>
    <message>
      <source>5. History</source>
      <translation>5. History</translation>
    </message>
    <message>
      <source>Opening...</source>
      <extracomment>True while a check that allows sending is current (the Send step says so).</extracomment>
      <translation>Opening...</translation>
    </message>
    <message>
      <source>Demo account: try the sample file on the Customers page.</source>
      <translation>Demo account: try the sample file on the Customers page.</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>The new language is used from the next start.</source>
      <translation>The new language is used from the next start.</translation>
    </message>
    <message>
      <source>Checked: ready to send</source>
      <translation>Checked: ready to send</translation>
    </message>
    <message>
      <source>%1: put into campaign %2 (see the Send and History pages).</source>
      <translation>%1: put into campaign %2 (see the Send and History pages).</translation>
    </message>
    <message>
      <source>%1: the check found problems that stop sending.</source>
      <translation>%1: the check found problems that stop sending.</translation>
    </message>
    <message>
      <source>%1: %2 messages can be sent after the check.</source>
      <translation>%1: %2 messages can be sent after the check.</translation>
    </message>
    <message>
      <source>%1: %2 customers ready to send.</source>
      <translation>%1: %2 customers ready to send.</translation>
    </message>
    <message>
      <source>The newest backup of the journal is back.</source>
      <translation>The newest backup of the journal is back.</translation>
    </message>
    <message>
      <source>The sending journal is missing. Restore the newest backup? Campaigns after that backup will not be in History; messages already sent are not sent again.</source>
      <translation>The sending journal is missing. Restore the newest backup? Campaigns after that backup will not be in History; messages already sent are not sent again.</translation>
    </message>
    <message>
      <source>The sending journal is damaged. It is kept as it is. Restore the newest backup? Campaigns after that backup will not be in History; messages already sent are not sent again.</source>
      <translation>The sending journal is damaged. It is kept as it is. Restore the newest backup? Campaigns after that backup will not be in History; messages already sent are not sent again.</translation>
    </message>
    <message>
      <source>Unfinished sending</source>
      <translation>Unfinished sending</translation>
    </message>
    <message>
      <source>Some campaigns were not finished: %1. Messages already sent will not be sent again. Continue sending now?</source>
      <translation>Some campaigns were not finished: %1. Messages already sent will not be sent again. Continue sending now?</translation>
    </message>
    <message>
      <source>Sending</source>
      <translation>Sending</translation>
    </message>
    <message>
      <source>Messages are being sent. Pause and close? You can resume later; nothing is sent twice.</source>
      <translation>Messages are being sent. Pause and close? You can resume later; nothing is sent twice.</translation>
    </message>
    <message>
      <source>Pause and close</source>
      <translation>Pause and close</translation>
    </message>
    <message>
      <source>Keep sending</source>
      <translation>Keep sending</translation>
    </message>
    <message>
      <source>Pausing: the requests already on their way to eSMS are recorded first.</source>
      <translation>Pausing: the requests already on their way to eSMS are recorded first.</translation>
    </message>
  </context>
  <context>
    <name>MessageBar</name>
    <message>
      <source>Close the message</source>
      <translation>Close the message</translation>
    </message>
  </context>
  <context>
    <name>MessageCheck</name>
    <message>
      <source>The message changed: checking again...</source>
      <extracomment>Milliseconds without an edit before a check that an edit made stale runs again. Rows left out because their number got this very text already: "Send to them once more" offers to send it all the same. The next time advertising may be sent, offered by the schedule button. The inputs for which the user asked to send again to whoever got the same text in the last 24 hours: any other text or list is checked without it. The campaign the check shown was sent as (once it was). The inputs of the last check asked for, and of the one shown (None: none). After an edit, the check runs again by itself once typing pauses.</extracomment>
      <translation>The message changed: checking again...</translation>
    </message>
    <message>
      <source>Open a customer file first (Customers page).</source>
      <translation>Open a customer file first (Customers page).</translation>
    </message>
    <message>
      <source>Checking...</source>
      <translation>Checking...</translation>
    </message>
    <message>
      <source>The customer list is being read: checking next.</source>
      <translation>The customer list is being read: checking next.</translation>
    </message>
    <message>
      <source>Messages per send day: %1%2; eSMS holds them until then: the computer may be off.</source>
      <translation>Messages per send day: %1%2; eSMS holds them until then: the computer may be off.</translation>
    </message>
    <message>
      <source>No problems found in the list and the message; the rest could not be checked.</source>
      <translation>No problems found in the list and the message; the rest could not be checked.</translation>
    </message>
    <message>
      <source>No problems found.</source>
      <translation>No problems found.</translation>
    </message>
    <message>
      <source>(approximate)</source>
      <translation>(approximate)</translation>
    </message>
    <message>
      <source>Cannot send yet</source>
      <translation>Cannot send yet</translation>
    </message>
    <message>
      <source>Ready to send</source>
      <translation>Ready to send</translation>
    </message>
    <message>
      <source>%1 messages, price about %2%3. Balance: %4. %5</source>
      <translation>%1 messages, price about %2%3. Balance: %4. %5</translation>
    </message>
    <message>
      <source>That is the most it can cost: each customer Zalo cannot reach also gets the SMS, charged as an SMS.</source>
      <translation>That is the most it can cost: each customer Zalo cannot reach also gets the SMS, charged as an SMS.</translation>
    </message>
    <message>
      <source>Send &amp;at %1 instead</source>
      <translation>Send &amp;at %1 instead</translation>
    </message>
    <message>
      <source>&amp;Send %1 messages...</source>
      <translation>&amp;Send %1 messages...</translation>
    </message>
    <message>
      <source>Put into campaign %1</source>
      <translation>Put into campaign %1</translation>
    </message>
    <message>
      <source>%1 was saved again, replaced or removed since it was read: reading it again, then checking.</source>
      <translation>%1 was saved again, replaced or removed since it was read: reading it again, then checking.</translation>
    </message>
    <message>
      <source>Cannot send yet: fix the first problem below</source>
      <translation>Cannot send yet: fix the first problem below</translation>
    </message>
    <message>
      <source>Cannot send yet: fix the first %1 problems below</source>
      <translation>Cannot send yet: fix the first %1 problems below</translation>
    </message>
    <message>
      <source>Nothing to send: every customer was left out</source>
      <translation>Nothing to send: every customer was left out</translation>
    </message>
  </context>
  <context>
    <name>MessageForm</name>
    <message>
      <source>Message</source>
      <extracomment>The check finished (blocked or not); the Send page can go on. "Send N messages..." after a check that allows sending: the Send page asks and sends.</extracomment>
      <translation>Message</translation>
    </message>
    <message>
      <source>A thank-you message for the sample list, as the demo account registered it.</source>
      <translation>A thank-you message for the sample list, as the demo account registered it.</translation>
    </message>
    <message>
      <source>Write the message. {Column name} is replaced by that column of each row.</source>
      <translation>Write the message. {Column name} is replaced by that column of each row.</translation>
    </message>
    <message>
      <source>Registered template:</source>
      <translation>Registered template:</translation>
    </message>
    <message>
      <source>Column to insert</source>
      <translation>Column to insert</translation>
    </message>
    <message>
      <source>Names and other values from your file lose their diacritics too, so each SMS part holds 160 characters instead of 70.</source>
      <translation>Names and other values from your file lose their diacritics too, so each SMS part holds 160 characters instead of 70.</translation>
    </message>
    <message>
      <source>Preview for customer no.</source>
      <translation>Preview for customer no.</translation>
    </message>
    <message>
      <source>Send the checked messages</source>
      <translation>Send the checked messages</translation>
    </message>
    <message>
      <source>Send at the next allowed time</source>
      <translation>Send at the next allowed time</translation>
    </message>
    <message>
      <source>Use the sa&amp;mple message</source>
      <translation>Use the sa&amp;mple message</translation>
    </message>
    <message>
      <source>&amp;Kind of message</source>
      <translation>&amp;Kind of message</translation>
    </message>
    <message>
      <source>&amp;Brandname</source>
      <translation>&amp;Brandname</translation>
    </message>
    <message>
      <source>Te&amp;xt</source>
      <translation>Te&amp;xt</translation>
    </message>
    <message>
      <source>Use this &amp;template</source>
      <translation>Use this &amp;template</translation>
    </message>
    <message>
      <source>&amp;Insert column</source>
      <translation>&amp;Insert column</translation>
    </message>
    <message>
      <source>&amp;Remove diacritics</source>
      <translation>&amp;Remove diacritics</translation>
    </message>
    <message>
      <source>Send without diacritics (c&amp;heaper)</source>
      <translation>Send without diacritics (c&amp;heaper)</translation>
    </message>
    <message>
      <source>Test &amp;only (sandbox: checked by eSMS, not sent)</source>
      <translation>Test &amp;only (sandbox: checked by eSMS, not sent)</translation>
    </message>
    <message>
      <source>&amp;Check and see the price</source>
      <translation>&amp;Check and see the price</translation>
    </message>
    <message>
      <source>Send to them once mor&amp;e</source>
      <translation>Send to them once mor&amp;e</translation>
    </message>
    <message>
      <source>Also send to the customers who got this same message in the last 24 hours</source>
      <translation>Also send to the customers who got this same message in the last 24 hours</translation>
    </message>
    <message>
      <source>Ready to send</source>
      <translation>Ready to send</translation>
    </message>
    <message>
      <source>Left out</source>
      <translation>Left out</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Price</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>Balance</translation>
    </message>
    <message>
      <source>Check to see the price, the number of messages and the rows that cannot be sent</source>
      <translation>Check to see the price, the number of messages and the rows that cannot be sent</translation>
    </message>
    <message>
      <source>What the check finds, with what to do about each, is listed here.</source>
      <translation>What the check finds, with what to do about each, is listed here.</translation>
    </message>
    <message>
      <source>What the check found</source>
      <translation>What the check found</translation>
    </message>
    <message>
      <source>For order confirmations, appointments, thanks. Sent under your brandname; the text must match a template registered with eSMS. About %1 per SMS part.</source>
      <translation>For order confirmations, appointments, thanks. Sent under your brandname; the text must match a template registered with eSMS. About %1 per SMS part.</translation>
    </message>
    <message>
      <source>For promotions to many customers at once: one text for everyone, 30 to 5,000 numbers per send, only 07:00-22:00. About %1 per part.</source>
      <translation>For promotions to many customers at once: one text for everyone, 30 to 5,000 numbers per send, only 07:00-22:00. About %1 per part.</translation>
    </message>
    <message>
      <source>A plain SMS from a number instead of your brandname. Cheapest, about %1 per part; some customers ignore unknown numbers.</source>
      <translation>A plain SMS from a number instead of your brandname. Cheapest, about %1 per part; some customers ignore unknown numbers.</translation>
    </message>
    <message>
      <source>A Zalo message from your Official Account using an approved ZNS template. About %1 per message, only to Zalo users.</source>
      <translation>A Zalo message from your Official Account using an approved ZNS template. About %1 per message, only to Zalo users.</translation>
    </message>
    <message>
      <source>Tries Zalo first; when Zalo cannot reach the customer, a customer-care SMS goes as well, charged as an SMS: up to %1 per message.</source>
      <translation>Tries Zalo first; when Zalo cannot reach the customer, a customer-care SMS goes as well, charged as an SMS: up to %1 per message.</translation>
    </message>
  </context>
  <context>
    <name>MessagePage</name>
    <message>
      <source>Another eSMS account is in use: checking again...</source>
      <translation>Another eSMS account is in use: checking again...</translation>
    </message>
  </context>
  <context>
    <name>MessageText</name>
    <message>
      <source>The registered templates could not be read: %1</source>
      <extracomment>The registered templates of the brandname chosen (customer care only). What the counter was last asked to count: only its answer is shown.</extracomment>
      <translation>The registered templates could not be read: %1</translation>
    </message>
    <message>
      <source>%1 characters, %2 SMS part(s), %3</source>
      <translation>%1 characters, %2 SMS part(s), %3</translation>
    </message>
    <message>
      <source>Unicode (with diacritics)</source>
      <translation>Unicode (with diacritics)</translation>
    </message>
    <message>
      <source>plain text</source>
      <translation>plain text</translation>
    </message>
    <message>
      <source>(the message for this customer appears here)</source>
      <translation>(the message for this customer appears here)</translation>
    </message>
    <message>
      <source>Unicode (with diacritics) for %1 customers</source>
      <translation>Unicode (with diacritics) for %1 customers</translation>
    </message>
    <message>
      <source>Each message: %1 SMS part(s), up to %2 characters, %3</source>
      <translation>Each message: %1 SMS part(s), up to %2 characters, %3</translation>
    </message>
    <message>
      <source>Each message: %1 to %2 SMS parts (the longest: row %3, %4 characters), %5</source>
      <translation>Each message: %1 to %2 SMS parts (the longest: row %3, %4 characters), %5</translation>
    </message>
    <message>
      <source>this customer's: %1 part(s)</source>
      <translation>this customer's: %1 part(s)</translation>
    </message>
    <message>
      <source>(choose the Zalo template and fill in its fields)</source>
      <translation>(choose the Zalo template and fill in its fields)</translation>
    </message>
    <message>
      <source>Zalo template %1: %2</source>
      <translation>Zalo template %1: %2</translation>
    </message>
    <message>
      <source>Matches the template for: %1</source>
      <translation>Matches the template for: %1</translation>
    </message>
    <message>
      <source>Does not match for: %1</source>
      <translation>Does not match for: %1</translation>
    </message>
    <message>
      <source>No template registered for: %1</source>
      <translation>No template registered for: %1</translation>
    </message>
    <message>
      <source>this customer</source>
      <translation>this customer</translation>
    </message>
  </context>
  <context>
    <name>MessagesModel</name>
    <message>
      <source>Row</source>
      <extracomment>The code that says why one of the campaign's messages was not delivered (it differs for Zalo, and for Zalo then SMS).</extracomment>
      <translation>Row</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Delivery</source>
      <translation>Delivery</translation>
    </message>
    <message>
      <source>Explanation</source>
      <translation>Explanation</translation>
    </message>
    <message>
      <source>Accepted by eSMS</source>
      <translation>Accepted by eSMS</translation>
    </message>
    <message>
      <source>Not sent</source>
      <translation>Not sent</translation>
    </message>
    <message>
      <source>Left out</source>
      <translation>Left out</translation>
    </message>
    <message>
      <source>Not sent yet</source>
      <translation>Not sent yet</translation>
    </message>
    <message>
      <source>Being sent</source>
      <translation>Being sent</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Unknown</translation>
    </message>
    <message>
      <source>Delivered</source>
      <translation>Delivered</translation>
    </message>
    <message>
      <source>Sent by SMS instead (Zalo could not reach them)</source>
      <translation>Sent by SMS instead (Zalo could not reach them)</translation>
    </message>
    <message>
      <source>Not delivered</source>
      <translation>Not delivered</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>Waiting</translation>
    </message>
    <message>
      <source>Zalo failed; no SMS seen yet</source>
      <translation>Zalo failed; no SMS seen yet</translation>
    </message>
    <message>
      <source>%1, to go out at %2</source>
      <translation>%1, to go out at %2</translation>
    </message>
    <message>
      <source>May have reached eSMS (no answer was heard). Settle unconfirmed... looks it up in eSMS's records.</source>
      <translation>May have reached eSMS (no answer was heard). Settle unconfirmed... looks it up in eSMS's records.</translation>
    </message>
  </context>
  <context>
    <name>OptOutDialog</name>
    <message>
      <source>Do-not-send list</source>
      <translation>Do-not-send list</translation>
    </message>
    <message>
      <source>Numbers here never receive a message: customers who asked to stop, and numbers eSMS reported as blocked (code 99). One number per line.</source>
      <translation>Numbers here never receive a message: customers who asked to stop, and numbers eSMS reported as blocked (code 99). One number per line.</translation>
    </message>
    <message>
      <source>Not saved. Not a phone number: %1. Write one number per line, without a name or a note, then save again.</source>
      <translation>Not saved. Not a phone number: %1. Write one number per line, without a name or a note, then save again.</translation>
    </message>
  </context>
  <context>
    <name>RecipientsModel</name>
    <message>
      <source>State</source>
      <extracomment>Roles read once: looking one up through ``Qt.ItemDataRole`` costs more than comparing it. A text's short form, where the whole does not fit (the Customers table's problems). The file's own columns come after these.</extracomment>
      <translation>State</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Row</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Carrier</source>
      <translation>Carrier</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>Send at</source>
      <translation>Send at</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>Ready</translation>
    </message>
    <message>
      <source>Cannot send</source>
      <translation>Cannot send</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Duplicate</translation>
    </message>
    <message>
      <source>Do not send</source>
      <translation>Do not send</translation>
    </message>
    <message>
      <source>Same number as row %1</source>
      <translation>Same number as row %1</translation>
    </message>
    <message>
      <source>On your do-not-send list</source>
      <translation>On your do-not-send list</translation>
    </message>
    <message>
      <source>Old number converted</source>
      <translation>Old number converted</translation>
    </message>
    <message>
      <source>Old number %1 converted</source>
      <translation>Old number %1 converted</translation>
    </message>
  </context>
  <context>
    <name>RecipientsPage</name>
    <message>
      <source>Customers</source>
      <extracomment>What the "no phone column" bar is about (``Session.notice_about``). Emitted when a file finished loading (for tests and the status bar). "Next: write the message" was pressed. The key of the latest load asked for: only its result is shown.</extracomment>
      <translation>Customers</translation>
    </message>
    <message>
      <source>Open the Excel or CSV file with your customers, or drop it here. Every row is checked at once: you see which rows cannot be sent and why.</source>
      <translation>Open the Excel or CSV file with your customers, or drop it here. Every row is checked at once: you see which rows cannot be sent and why.</translation>
    </message>
    <message>
      <source>&amp;Open customer file...</source>
      <extracomment>The columns' widths fitted to their texts, before :meth:`_fit_columns`.</extracomment>
      <translation>&amp;Open customer file...</translation>
    </message>
    <message>
      <source>Use the &amp;sample file</source>
      <translation>Use the &amp;sample file</translation>
    </message>
    <message>
      <source>Use the a&amp;ppointment sample</source>
      <translation>Use the a&amp;ppointment sample</translation>
    </message>
    <message>
      <source>Do-no&amp;t-send list...</source>
      <translation>Do-no&amp;t-send list...</translation>
    </message>
    <message>
      <source>&amp;Next: write the message</source>
      <translation>&amp;Next: write the message</translation>
    </message>
    <message>
      <source>Open customer file...</source>
      <translation>Open customer file...</translation>
    </message>
    <message>
      <source>Use the sample file</source>
      <translation>Use the sample file</translation>
    </message>
    <message>
      <source>Save a sample Excel file...</source>
      <translation>Save a sample Excel file...</translation>
    </message>
    <message>
      <source>Appointments over the next three weeks: try reminders sent the day before.</source>
      <translation>Appointments over the next three weeks: try reminders sent the day before.</translation>
    </message>
    <message>
      <source>All rows</source>
      <translation>All rows</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>Ready</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Problems</translation>
    </message>
    <message>
      <source>Duplicates</source>
      <translation>Duplicates</translation>
    </message>
    <message>
      <source>Do not send</source>
      <translation>Do not send</translation>
    </message>
    <message>
      <source>Sheet:</source>
      <translation>Sheet:</translation>
    </message>
    <message>
      <source>Phone column:</source>
      <translation>Phone column:</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Show:</translation>
    </message>
    <message>
      <source>No file opened yet.</source>
      <translation>No file opened yet.</translation>
    </message>
    <message>
      <source>No customer list yet</source>
      <translation>No customer list yet</translation>
    </message>
    <message>
      <source>Open the Excel or CSV file with your customers' phone numbers, or drop it on this page.</source>
      <translation>Open the Excel or CSV file with your customers' phone numbers, or drop it on this page.</translation>
    </message>
    <message>
      <source>In the demo, try the sample list.</source>
      <translation>In the demo, try the sample list.</translation>
    </message>
    <message>
      <source>Open customer file</source>
      <translation>Open customer file</translation>
    </message>
    <message>
      <source>Customer lists</source>
      <translation>Customer lists</translation>
    </message>
    <message>
      <source>Save a sample Excel file</source>
      <translation>Save a sample Excel file</translation>
    </message>
    <message>
      <source>The sample file could not be saved to %1. Choose a folder you can write to, and close the file if it is open in Excel.</source>
      <translation>The sample file could not be saved to %1. Choose a folder you can write to, and close the file if it is open in Excel.</translation>
    </message>
    <message>
      <source>Sample saved to %1</source>
      <translation>Sample saved to %1</translation>
    </message>
    <message>
      <source>Reading %1 ...</source>
      <translation>Reading %1 ...</translation>
    </message>
    <message>
      <source>No column of this file holds phone numbers. Choose the column that holds them in "Phone column" above, or open the customer list.</source>
      <translation>No column of this file holds phone numbers. Choose the column that holds them in "Phone column" above, or open the customer list.</translation>
    </message>
  </context>
  <context>
    <name>RecipientsSummary</name>
    <message>
      <source>%1: %2 customers. Ready: %3. Cannot send: %4. Duplicates: %5. Do not send: %6.</source>
      <extracomment>The campaign the shown check was sent as (0: not sent).</extracomment>
      <translation>%1: %2 customers. Ready: %3. Cannot send: %4. Duplicates: %5. Do not send: %6.</translation>
    </message>
    <message>
      <source>1 old 11-digit number was converted.</source>
      <translation>1 old 11-digit number was converted.</translation>
    </message>
    <message>
      <source>%1 old 11-digit numbers were converted.</source>
      <translation>%1 old 11-digit numbers were converted.</translation>
    </message>
    <message>
      <source>Sent as campaign %1 (see the Send and History pages).</source>
      <translation>Sent as campaign %1 (see the Send and History pages).</translation>
    </message>
    <message>
      <source>After the check: %1 can be sent, %2 left out.</source>
      <translation>After the check: %1 can be sent, %2 left out.</translation>
    </message>
  </context>
  <context>
    <name>RegisterTemplateBox</name>
    <message>
      <source>Re&amp;gister this text as a template...</source>
      <extracomment>A registration was sent or its state looked up (for tests).</extracomment>
      <translation>Re&amp;gister this text as a template...</translation>
    </message>
    <message>
      <source>Customer-care and fixed-number messages are delivered only when their text matches a template eSMS approved. This sends your text to eSMS for approval.</source>
      <translation>Customer-care and fixed-number messages are delivered only when their text matches a template eSMS approved. This sends your text to eSMS for approval.</translation>
    </message>
    <message>
      <source>Send this text to eSMS for approval as a template of %1?</source>
      <translation>Send this text to eSMS for approval as a template of %1?</translation>
    </message>
    <message>
      <source>Each {Column:length} may hold up to that many characters (the longest value in your list plus a margin). eSMS answers within hours to days.</source>
      <translation>Each {Column:length} may hold up to that many characters (the longest value in your list plus a margin). eSMS answers within hours to days.</translation>
    </message>
    <message>
      <source>Register a template</source>
      <translation>Register a template</translation>
    </message>
    <message>
      <source>Sending to eSMS...</source>
      <translation>Sending to eSMS...</translation>
    </message>
    <message>
      <source>Template request %1: %2</source>
      <translation>Template request %1: %2</translation>
    </message>
  </context>
  <context>
    <name>RowProblemLine</name>
    <message>
      <source>Row %1 (%2): %3</source>
      <translation>Row %1 (%2): %3</translation>
    </message>
    <message>
      <source>Row %1 (%2): no problem.</source>
      <translation>Row %1 (%2): no problem.</translation>
    </message>
    <message>
      <source>Select a row to read its problem in full here.</source>
      <translation>Select a row to read its problem in full here.</translation>
    </message>
  </context>
  <context>
    <name>SegmentBar</name>
    <message>
      <source>Only customers where</source>
      <extracomment>The count shown changed (for tests): the number of rows in the segment. Conditions already added with "And" (the one being typed comes on top). What the last count was worked out for; a result for anything else is dropped.</extracomment>
      <translation>Only customers where</translation>
    </message>
    <message>
      <source>Segment column</source>
      <translation>Segment column</translation>
    </message>
    <message>
      <source>Segment comparison</source>
      <translation>Segment comparison</translation>
    </message>
    <message>
      <source>Segment value</source>
      <translation>Segment value</translation>
    </message>
    <message>
      <source>value, e.g. VIP, 500000, 31/12/2025, -90d</source>
      <translation>value, e.g. VIP, 500000, 31/12/2025, -90d</translation>
    </message>
    <message>
      <source>Numbers compare as numbers, dates as dates (dd/mm/yyyy). -90d means 90 days before today.</source>
      <translation>Numbers compare as numbers, dates as dates (dd/mm/yyyy). -90d means 90 days before today.</translation>
    </message>
    <message>
      <source>Keep this condition and add another one</source>
      <translation>Keep this condition and add another one</translation>
    </message>
    <message>
      <source>An&amp;d...</source>
      <translation>An&amp;d...</translation>
    </message>
    <message>
      <source>&amp;All customers</source>
      <translation>&amp;All customers</translation>
    </message>
    <message>
      <source>&lt;= (at most / on or before)</source>
      <translation>&lt;= (at most / on or before)</translation>
    </message>
    <message>
      <source>&gt;= (at least / on or after)</source>
      <translation>&gt;= (at least / on or after)</translation>
    </message>
    <message>
      <source>!= (is not)</source>
      <translation>!= (is not)</translation>
    </message>
    <message>
      <source>= (is)</source>
      <translation>= (is)</translation>
    </message>
    <message>
      <source>~ (contains)</source>
      <translation>~ (contains)</translation>
    </message>
    <message>
      <source>&lt; (less than / before)</source>
      <translation>&lt; (less than / before)</translation>
    </message>
    <message>
      <source>&gt; (more than / after)</source>
      <translation>&gt; (more than / after)</translation>
    </message>
    <message>
      <source>Counting...</source>
      <translation>Counting...</translation>
    </message>
    <message>
      <source>and</source>
      <translation>and</translation>
    </message>
    <message>
      <source>%1 of %2 customers meet %3; the others are not in this segment.</source>
      <translation>%1 of %2 customers meet %3; the others are not in this segment.</translation>
    </message>
  </context>
  <context>
    <name>SendPage</name>
    <message>
      <source>Send now?</source>
      <translation>Send now?</translation>
    </message>
    <message>
      <source>Give them to eSMS now?</source>
      <translation>Give them to eSMS now?</translation>
    </message>
    <message>
      <source>Send messages</source>
      <translation>Send messages</translation>
    </message>
    <message>
      <source>The check changed while you were asked: nothing was sent. Read the new count and price, then press Send again.</source>
      <translation>The check changed while you were asked: nothing was sent. Read the new count and price, then press Send again.</translation>
    </message>
    <message>
      <source>%1 was saved again, replaced or removed since it was checked: nothing was sent. It is read and checked again; press Send once the new check shows.</source>
      <translation>%1 was saved again, replaced or removed since it was checked: nothing was sent. It is read and checked again; press Send once the new check shows.</translation>
    </message>
    <message>
      <source>Preparing %1 messages...</source>
      <translation>Preparing %1 messages...</translation>
    </message>
    <message>
      <source>The check was out of date: checking again...</source>
      <translation>The check was out of date: checking again...</translation>
    </message>
    <message>
      <source>This campaign is not finished</source>
      <translation>This campaign is not finished</translation>
    </message>
    <message>
      <source>Campaign %1 (%2) has these same messages for these same people and has not finished: %3 accepted by eSMS, %4 still to send. Nothing new was sent. Finish it on the History page (select it, then Resume sending): no one gets the message twice.</source>
      <translation>Campaign %1 (%2) has these same messages for these same people and has not finished: %3 accepted by eSMS, %4 still to send. Nothing new was sent. Finish it on the History page (select it, then Resume sending): no one gets the message twice.</translation>
    </message>
    <message>
      <source>Send the same messages again?</source>
      <translation>Send the same messages again?</translation>
    </message>
    <message>
      <source>Campaign %1 (%2) already sent these same messages to these same people at %3: %4 accepted by eSMS. Send them again, so that every customer gets them a second time?</source>
      <translation>Campaign %1 (%2) already sent these same messages to these same people at %3: %4 accepted by eSMS. Send them again, so that every customer gets them a second time?</translation>
    </message>
    <message>
      <source>Campaign %1.</source>
      <translation>Campaign %1.</translation>
    </message>
    <message>
      <source>Campaign %1 (%2).</source>
      <translation>Campaign %1 (%2).</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Stop sending the messages not sent yet?</source>
      <translation>Stop sending the messages not sent yet?</translation>
    </message>
    <message>
      <source>Save report</source>
      <translation>Save report</translation>
    </message>
    <message>
      <source>Saving the report...</source>
      <translation>Saving the report...</translation>
    </message>
    <message>
      <source>Report saved: %1</source>
      <translation>Report saved: %1</translation>
    </message>
    <message>
      <source>The report was saved to %1 but no program opened it.</source>
      <translation>The report was saved to %1 but no program opened it.</translation>
    </message>
    <message>
      <source>Cancelled: the rest was not sent.</source>
      <translation>Cancelled: the rest was not sent.</translation>
    </message>
  </context>
  <context>
    <name>SendPanel</name>
    <message>
      <source>Send</source>
      <extracomment>Milliseconds between two reads of History while a campaign sends: it follows the send (state "Sending", counts) without reading the journal at every answer. The sending worker stopped (done, paused, cancelled...): its ``SendOutcome``. The done campaign's "New campaign": back to the Customers page. The empty state's action: to the Message page. "Send again to failed ones" for this campaign id (History plans and asks). The client the running send holds (``Session.lease_client``). The checked report a campaign was made from: it is never sent a second time. The campaign made from it (0: none yet). The window is closing: late signals of a finished worker are ignored. A campaign is being written to the journal (seconds for a big one). The outcome line says why a check was not sent (it changed, or its file did): it goes once a newer check is shown. The outcome line says why nothing moves (the engine waits for eSMS to answer). History follows the running send: told at its first report, then once a second at most (the last report's counts included, even if none follows).</extracomment>
      <translation>Send</translation>
    </message>
    <message>
      <source>Nothing to send yet</source>
      <extracomment>The counts of the campaign shown, as last read (off the window). What "Send to failures again" of that campaign sends, as last read (off the window): None when it has no failures. Numbers eSMS refused as blocked in the campaign shown, not yet on the list. "Send again to failed ones" is being planned (History asks and writes). The next steps of a campaign over are shown, and since long enough for clicks (:meth:`~.send_state.SendState._arriving`). How a report is opened (tests replace it).</extracomment>
      <translation>Nothing to send yet</translation>
    </message>
    <message>
      <source>Write the message and press Check on the Message page: the price and what can be sent appear there, then you send from here.</source>
      <translation>Write the message and press Check on the Message page: the price and what can be sent appear there, then you send from here.</translation>
    </message>
    <message>
      <source>&amp;Go to the Message page</source>
      <translation>&amp;Go to the Message page</translation>
    </message>
    <message>
      <source>Check the message first (Message page).</source>
      <translation>Check the message first (Message page).</translation>
    </message>
    <message>
      <source>Accepted by eSMS</source>
      <translation>Accepted by eSMS</translation>
    </message>
    <message>
      <source>Delivered</source>
      <translation>Delivered</translation>
    </message>
    <message>
      <source>Failed or not delivered</source>
      <translation>Failed or not delivered</translation>
    </message>
    <message>
      <source>Left to send</source>
      <translation>Left to send</translation>
    </message>
    <message>
      <source>&amp;Send now</source>
      <translation>&amp;Send now</translation>
    </message>
    <message>
      <source>&amp;Pause</source>
      <translation>&amp;Pause</translation>
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation>&amp;Resume</translation>
    </message>
    <message>
      <source>&amp;Cancel the rest</source>
      <translation>&amp;Cancel the rest</translation>
    </message>
    <message>
      <source>Sa&amp;ve report...</source>
      <translation>Sa&amp;ve report...</translation>
    </message>
    <message>
      <source>Send to failures &amp;again</source>
      <translation>Send to failures &amp;again</translation>
    </message>
    <message>
      <source>&amp;Open report</source>
      <translation>&amp;Open report</translation>
    </message>
    <message>
      <source>&amp;New campaign</source>
      <translation>&amp;New campaign</translation>
    </message>
    <message>
      <source>Add the blocked numbers to the do-not-send list</source>
      <translation>Add the blocked numbers to the do-not-send list</translation>
    </message>
    <message>
      <source>Messages that could not be sent:</source>
      <translation>Messages that could not be sent:</translation>
    </message>
  </context>
  <context>
    <name>SendProgress</name>
    <message>
      <source>about %1 s left</source>
      <translation>about %1 s left</translation>
    </message>
    <message>
      <source>Sent: %1   Failed: %2   Left: %3   %4 per second   %5</source>
      <translation>Sent: %1   Failed: %2   Left: %3   %4 per second   %5</translation>
    </message>
    <message>
      <source>Finished.</source>
      <translation>Finished.</translation>
    </message>
    <message>
      <source>Paused.</source>
      <translation>Paused.</translation>
    </message>
    <message>
      <source>Cancelled: the rest was not sent.</source>
      <translation>Cancelled: the rest was not sent.</translation>
    </message>
    <message>
      <source>Once this is put right, press Resume to send the rest: messages already sent are not sent again, and nothing was charged for the rest.</source>
      <translation>Once this is put right, press Resume to send the rest: messages already sent are not sent again, and nothing was charged for the rest.</translation>
    </message>
    <message>
      <source>%1 messages may already have reached eSMS (their answer was lost): they are looked up in eSMS's records, never sent twice.</source>
      <translation>%1 messages may already have reached eSMS (their answer was lost): they are looked up in eSMS's records, never sent twice.</translation>
    </message>
    <message>
      <source>Waiting for delivery results from eSMS...</source>
      <translation>Waiting for delivery results from eSMS...</translation>
    </message>
    <message>
      <source>Accepted by eSMS</source>
      <translation>Accepted by eSMS</translation>
    </message>
    <message>
      <source>A&amp;dd 1 blocked number to the do-not-send list</source>
      <translation>A&amp;dd 1 blocked number to the do-not-send list</translation>
    </message>
    <message>
      <source>A&amp;dd %1 blocked numbers to the do-not-send list</source>
      <translation>A&amp;dd %1 blocked numbers to the do-not-send list</translation>
    </message>
    <message>
      <source>1 number added to the do-not-send list.</source>
      <translation>1 number added to the do-not-send list.</translation>
    </message>
    <message>
      <source>%1 numbers added to the do-not-send list.</source>
      <translation>%1 numbers added to the do-not-send list.</translation>
    </message>
  </context>
  <context>
    <name>SendState</name>
    <message>
      <source>Campaign %1 (%2): %3 messages.</source>
      <extracomment>Milliseconds the next steps of a campaign that just ended ignore clicks. They take the places of Pause and Cancel: a click meant for Pause as the last answer came in started a new campaign instead.</extracomment>
      <translation>Campaign %1 (%2): %3 messages.</translation>
    </message>
    <message>
      <source>Check the message first (Message page).</source>
      <translation>Check the message first (Message page).</translation>
    </message>
    <message>
      <source>The check found problems that stop sending. Fix them on the Message page.</source>
      <translation>The check found problems that stop sending. Fix them on the Message page.</translation>
    </message>
    <message>
      <source>%1 %2, about %3.</source>
      <translation>%1 %2, about %3.</translation>
    </message>
    <message>
      <source>That is the most it can cost: each customer Zalo cannot reach also gets the SMS, charged as an SMS.</source>
      <translation>That is the most it can cost: each customer Zalo cannot reach also gets the SMS, charged as an SMS.</translation>
    </message>
    <message>
      <source>Balance: %1.</source>
      <translation>Balance: %1.</translation>
    </message>
    <message>
      <source>Test only: nothing will be delivered or charged.</source>
      <translation>Test only: nothing will be delivered or charged.</translation>
    </message>
    <message>
      <source>eSMS sends them at %1 (Vietnam time).</source>
      <translation>eSMS sends them at %1 (Vietnam time).</translation>
    </message>
    <message>
      <source>eSMS sends each at its customer's time, from %1 to %2 (Vietnam time).</source>
      <translation>eSMS sends each at its customer's time, from %1 to %2 (Vietnam time).</translation>
    </message>
  </context>
  <context>
    <name>SendTimeBox</name>
    <message>
      <source>Send at</source>
      <extracomment>Header words that name a date column (without diacritics, lower case).</extracomment>
      <translation>Send at</translation>
    </message>
    <message>
      <source>now</source>
      <translation>now</translation>
    </message>
    <message>
      <source>one time for everyone</source>
      <translation>one time for everyone</translation>
    </message>
    <message>
      <source>each customer's own date, from a column of the file</source>
      <translation>each customer's own date, from a column of the file</translation>
    </message>
    <message>
      <source>Vietnam time</source>
      <translation>Vietnam time</translation>
    </message>
    <message>
      <source>Date column</source>
      <translation>Date column</translation>
    </message>
    <message>
      <source>When, from the date</source>
      <translation>When, from the date</translation>
    </message>
    <message>
      <source>days before the date</source>
      <translation>days before the date</translation>
    </message>
    <message>
      <source>on the day, every year (birthdays)</source>
      <translation>on the day, every year (birthdays)</translation>
    </message>
    <message>
      <source>Days before the date</source>
      <translation>Days before the date</translation>
    </message>
    <message>
      <source>at</source>
      <translation>at</translation>
    </message>
    <message>
      <source>day before the date</source>
      <translation>day before the date</translation>
    </message>
  </context>
  <context>
    <name>SettledWords</name>
    <message>
      <source>%1 found in eSMS's sent list and counted as sent.</source>
      <translation>%1 found in eSMS's sent list and counted as sent.</translation>
    </message>
    <message>
      <source>%1 are not in eSMS's records, so they never left; the campaign was cancelled, so they are not sent.</source>
      <translation>%1 are not in eSMS's records, so they never left; the campaign was cancelled, so they are not sent.</translation>
    </message>
    <message>
      <source>%1 are not in eSMS's records, so they never left: they are sent now.</source>
      <translation>%1 are not in eSMS's records, so they never left: they are sent now.</translation>
    </message>
    <message>
      <source>Then press Settle unconfirmed... again: the campaign was cancelled, so what never arrived is not sent.</source>
      <translation>Then press Settle unconfirmed... again: the campaign was cancelled, so what never arrived is not sent.</translation>
    </message>
    <message>
      <source>eSMS's records could not tell whether %1 messages were sent; the campaign was cancelled, so they are not sent again.</source>
      <translation>eSMS's records could not tell whether %1 messages were sent; the campaign was cancelled, so they are not sent again.</translation>
    </message>
    <message>
      <source>Unconfirmed messages</source>
      <translation>Unconfirmed messages</translation>
    </message>
    <message>
      <source>eSMS's records could not be read to tell whether %1 messages were sent. Send them again? Some customers may then get the message twice.</source>
      <translation>eSMS's records could not be read to tell whether %1 messages were sent. Send them again? Some customers may then get the message twice.</translation>
    </message>
  </context>
  <context>
    <name>TemplateFillDialog</name>
    <message>
      <source>Fill the template</source>
      <translation>Fill the template</translation>
    </message>
    <message>
      <source>Pick a column, or type a text that is the same for everyone</source>
      <translation>Pick a column, or type a text that is the same for everyone</translation>
    </message>
    <message>
      <source>Blank %1 (up to %2 characters)</source>
      <translation>Blank %1 (up to %2 characters)</translation>
    </message>
  </context>
  <context>
    <name>ZaloBox</name>
    <message>
      <source>Zalo</source>
      <extracomment>What the bar says when the OA's templates cannot be read (it goes once they are). Something that decides what is sent changed (OA, template, a value's source).</extracomment>
      <translation>Zalo</translation>
    </message>
    <message>
      <source>Send even when today's Zalo quota is used up (only if eSMS allowed it)</source>
      <extracomment>What the user chose, kept while the form is filled again (the account read again after each send, "Test connection"): the OA, the template, and each value (template id, the columns then, {parameter: column or typed text}).</extracomment>
      <translation>Send even when today's Zalo quota is used up (only if eSMS allowed it)</translation>
    </message>
    <message>
      <source>Zalo lets each shop page send a number of messages a day. eSMS can allow some shops to send more (its 'mode 3'); such messages cannot be scheduled.</source>
      <translation>Zalo lets each shop page send a number of messages a day. eSMS can allow some shops to send more (its 'mode 3'); such messages cannot be scheduled.</translation>
    </message>
    <message>
      <source>Shop's &amp;Zalo page (OA)</source>
      <translation>Shop's &amp;Zalo page (OA)</translation>
    </message>
    <message>
      <source>ZNS tem&amp;plate</source>
      <translation>ZNS tem&amp;plate</translation>
    </message>
    <message>
      <source>Fill each value from</source>
      <translation>Fill each value from</translation>
    </message>
    <message>
      <source>The Zalo templates could not be read: %1</source>
      <translation>The Zalo templates could not be read: %1</translation>
    </message>
    <message>
      <source>(no template: is the OA active?)</source>
      <translation>(no template: is the OA active?)</translation>
    </message>
    <message>
      <source>digits only</source>
      <translation>digits only</translation>
    </message>
    <message>
      <source>a date, day/month/year</source>
      <translation>a date, day/month/year</translation>
    </message>
    <message>
      <source>a link</source>
      <translation>a link</translation>
    </message>
    <message>
      <source>Pick a column, or type a text that is the same for everyone</source>
      <translation>Pick a column, or type a text that is the same for everyone</translation>
    </message>
    <message>
      <source>Column for %1</source>
      <translation>Column for %1</translation>
    </message>
    <message>
      <source>up to %1 characters</source>
      <translation>up to %1 characters</translation>
    </message>
  </context>
  <context>
    <name>dialogs</name>
    <message>
      <source>&amp;Copy for support</source>
      <translation>&amp;Copy for support</translation>
    </message>
    <message>
      <source>Copied: paste it in a message to support</source>
      <translation>Copied: paste it in a message to support</translation>
    </message>
  </context>
</TS>