// Types for the <tim-*> tags in JSX: properties, attributes and typed `on…` event handlers.
/// <reference types="tim-elements/react" />
