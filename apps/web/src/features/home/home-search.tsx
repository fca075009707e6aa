import { useState, type FormEvent } from "react";
import { useLocation } from "wouter";

export function HomeSearch() {
  const [, navigate] = useLocation();
  const [input, setInput] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = input.trim();
    navigate(q ? `/search?q=${encodeURIComponent(q)}` : "/search");
  };
  return (
    <form className="search-form" role="search" onSubmit={submit}>
      <label htmlFor="home-search">Search people, organisations, places, sessions, resources and themes</label>
      <div className="search-row">
        <input
          id="home-search"
          type="search"
          value={input}
          placeholder="e.g. Kampala, capacity building, Kim Joung-youl"
          autoComplete="off"
          onChange={(event) => setInput(event.target.value)}
        />
        <button type="submit">Search</button>
      </div>
    </form>
  );
}
