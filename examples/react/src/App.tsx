import { useState } from 'react';
import 'tim-elements/chat'; // registers <tim-chat> (and the parts it is made of)
import type { TimConversationSelectEvent } from 'tim-elements';
import { useChatStore } from './use-chat-store.js';

export function App() {
  const store = useChatStore('me');
  const [opened, setOpened] = useState('');

  // React 19 passes `store` as a property and `ontim-conversation-select` as an event listener.
  const onSelect = (event: TimConversationSelectEvent) => setOpened(event.detail.conversationID);

  return (
    <div className="app">
      <header>
        <h1>tim-elements in React</h1>
        <output id="opened">{opened ? `Opened ${opened}` : 'Choose a conversation'}</output>
      </header>
      <tim-chat store={store} locale="en" ontim-conversation-select={onSelect} />
    </div>
  );
}
